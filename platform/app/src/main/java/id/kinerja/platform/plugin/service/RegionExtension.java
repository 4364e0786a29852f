package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ExtensionFactory;
import java.util.Map;
import java.util.Objects;

/**
 * An extension factory of a plugin that the current region has enabled, with the region's validated
 * configuration (defaults filled in). Call its provider through {@link PluginInvoker}.
 *
 * @param loaded the factory and the plugin that supplies it
 * @param config the region's effective configuration for this factory
 * @param <F> the extension point, for example {@code FeedbackSourceFactory}
 */
public record RegionExtension<F extends ExtensionFactory<?>>(
    LoadedFactory<F> loaded, Map<String, String> config) {

  /** Checks and copies the components. */
  public RegionExtension {
    Objects.requireNonNull(loaded, "loaded");
    config = Map.copyOf(config);
  }

  /** The id of the plugin that supplies the factory. */
  public String pluginId() {
    return loaded.pluginId();
  }

  /** The factory. */
  public F factory() {
    return loaded.factory();
  }

  /** The region's configuration, read typed by the factory's declaration. */
  public Configuration configuration() {
    return Configuration.of(loaded.factory().configProperties(), config);
  }
}
