package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.ExtensionFactory;
import java.util.Objects;

/**
 * An extension factory found in a started plugin.
 *
 * @param pluginId the id of the plugin that supplies the factory
 * @param factory the factory, whose class was defined by that plugin's class loader
 * @param <F> the extension point, for example {@link
 *     id.kinerja.plugin.api.IndicatorProviderFactory}
 */
public record LoadedFactory<F extends ExtensionFactory<?>>(String pluginId, F factory) {

  /** Checks the components. */
  public LoadedFactory {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(factory, "factory");
  }
}
