package id.kinerja.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * Offers indicator definitions to one region, configured for it, and computes their realisation.
 */
public interface IndicatorProvider {

  /** The indicators this provider offers to the region. */
  List<IndicatorDefinition> definitions();

  /**
   * Computes the realisation of one of this provider's indicators for one period from the data the
   * platform hands in. The platform calls this with a time limit; a provider must not block, keep
   * state between calls, or reach outside the data it is given.
   *
   * @param code the {@link IndicatorDefinition#code() code} of one of {@link #definitions()}
   * @param data the period's records, and the previous period's for a trend
   * @return the realisation, or empty if this indicator's realisation is not computed by the plugin
   *     but entered by the employee (the default, and the only behaviour of API 1.0.0)
   * @since 1.1.0
   */
  default Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
    return Optional.empty();
  }
}
