package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.host.PluginCalls;
import id.kinerja.platform.plugin.host.PluginFailure;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ExtensionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one way the platform calls into plugins: the provider is created from the region's
 * configuration and called on a plugin thread with a time limit ({@link PluginCalls}). A throw or a
 * hang becomes a failed result for that region and call, is remembered as the plugin's last failure
 * in the region (shown to its admin in {@code admin/plugin}) and the caller goes on.
 */
@ApplicationScoped
public class PluginInvoker {

  @Inject CurrentRegion currentRegion;

  private final PluginCalls calls = new PluginCalls();
  private final Map<String, PluginFailure> lastFailures = new ConcurrentHashMap<>();

  /**
   * Creates the extension's provider for the current region and calls it within the time limit.
   *
   * @param extension an extension the current region has enabled
   * @param call what is called, for the failure's message, for example {@code compute(code)}
   * @param work what to do with the provider
   * @param <P> the provider type
   * @param <T> the value type
   * @return the value, or the failure; never throws for what the plugin does
   */
  public <P, T> PluginCallResult<T> call(
      RegionExtension<? extends ExtensionFactory<P>> extension,
      String call,
      Function<? super P, ? extends T> work) {
    String region = currentRegion.code();
    ExtensionFactory<P> factory = extension.factory();
    Configuration config = extension.configuration();
    PluginCallResult<T> result =
        calls.call(extension.loaded(), region, call, () -> work.apply(factory.create(config)));
    String key = region + '/' + extension.pluginId();
    result.failed().ifPresentOrElse(f -> lastFailures.put(key, f), () -> lastFailures.remove(key));
    return result;
  }

  /** The plugin's last call in the current region, if it failed. */
  public Optional<PluginFailure> lastFailure(String pluginId) {
    return Optional.ofNullable(lastFailures.get(currentRegion.code() + '/' + pluginId));
  }

  @PreDestroy
  void close() {
    calls.close();
  }
}
