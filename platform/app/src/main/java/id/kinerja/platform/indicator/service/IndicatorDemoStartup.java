package id.kinerja.platform.indicator.service;

import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.RegionScope;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, with demo data switched on, fills the indicator feeds of every region that has none
 * from its {@code demo/indicator-records.csv}, after the demo employees and plugin settings.
 */
@Startup
@Singleton
@DependsOn({"DemoDataStartup", "PluginSettingsStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorDemoStartup {

  @Inject RegionScope regions;

  static final String FILE = "demo/indicator-records.csv";
  private static final Logger LOG = Logger.getLogger(IndicatorDemoStartup.class.getName());

  @Inject PlatformConfig config;
  @Inject TenantRegistry registry;
  @Inject IndicatorFeeds feeds;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!config.demo()) {
      return;
    }
    for (TenantDefinition tenant : registry.all()) {
      Path file = registry.source().root().resolve(tenant.code()).resolve(FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        byte[] csv = Files.readAllBytes(file);
        LocalDate today = LocalDate.now(tenant.timeZone());
        int loaded = regions.call(tenant.code(), () -> feeds.loadDemoIfEmpty(csv, today));
        if (loaded > 0) {
          LOG.info(() -> "Loaded " + loaded + " demo indicator records into " + tenant.code());
        }
      } catch (IOException | RuntimeException e) {
        // The demo feed is a convenience: a bad file must not stop the platform.
        LOG.log(Level.WARNING, "Demo indicator records of " + tenant.code() + " not loaded", e);
      }
    }
  }
}
