package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.host.PluginHost;
import id.kinerja.platform.plugin.host.PluginInfo;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.plugin.api.ExtensionFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plugins installed on this platform, loaded once at start from the plugins folder. Refused
 * plugins are logged by the host and shown to admins; the platform runs without them.
 */
@ApplicationScoped
public class PluginCatalog {

  @Inject PlatformConfig config;

  private PluginHost host;

  @PostConstruct
  void load() {
    host = PluginHost.load(config.pluginsDir());
  }

  /** Loads the plugins as soon as the application starts, not on first use. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    host.plugins();
  }

  /** The loaded plugins. */
  public PluginHost host() {
    return host;
  }

  /**
   * The factories of an installed plugin that runs.
   *
   * @throws RuleViolation NOT_FOUND for an unknown plugin, CONFLICT for one the platform refused
   */
  List<ExtensionFactory<?>> runningFactories(String pluginId) {
    PluginInfo info =
        host.plugins().stream()
            .filter(p -> pluginId != null && pluginId.equals(p.id()))
            .findFirst()
            .orElseThrow(RuleViolation::notFound);
    if (!info.started()) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Plugin " + pluginId + " ditolak oleh platform dan tidak dapat diatur: " + info.reason(),
          "Plugin "
              + pluginId
              + " was refused by the platform and cannot be configured: "
              + info.reason());
    }
    return Stream.of(
            host.indicatorFactories(), host.feedbackSourceFactories(), host.trainingRuleFactories())
        .flatMap(List::stream)
        .filter(f -> f.pluginId().equals(pluginId))
        .<ExtensionFactory<?>>map(LoadedFactory::factory)
        .toList();
  }

  @PreDestroy
  void close() {
    host.close();
  }
}
