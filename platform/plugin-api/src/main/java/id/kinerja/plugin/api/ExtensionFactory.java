package id.kinerja.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * What every extension factory has in common: an id, labels, the configuration it declares, and the
 * validation of a region's configuration.
 *
 * @param <P> the provider this factory creates
 */
public interface ExtensionFactory<P> {

  /** A stable id, unique within the plugin, for example {@code health-service-time}. */
  String id();

  /** The name shown to admins in Bahasa Indonesia. */
  String nameId();

  /** The name shown to admins in English. */
  String nameEn();

  /** The configuration properties a region may set; empty if none. */
  default List<ConfigProperty> configProperties() {
    return List.of();
  }

  /**
   * Checks a region's configuration beyond what the declared types check.
   *
   * @param config the region's values, by property name, with defaults filled in
   * @throws ConfigurationException if a value is not acceptable
   */
  default void validate(Map<String, String> config) throws ConfigurationException {}

  /**
   * Creates the provider for one region.
   *
   * @param config the region's validated values, by property name, with defaults filled in
   */
  P create(Map<String, String> config);
}
