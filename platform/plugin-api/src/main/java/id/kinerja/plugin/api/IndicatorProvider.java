package id.kinerja.plugin.api;

import java.util.List;

/** Offers indicator definitions to one region, configured for it. */
public interface IndicatorProvider {

  /** The indicators this provider offers to the region. */
  List<IndicatorDefinition> definitions();
}
