package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.host.PluginHost;
import id.kinerja.platform.tenancy.service.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

  @PreDestroy
  void close() {
    host.close();
  }
}
