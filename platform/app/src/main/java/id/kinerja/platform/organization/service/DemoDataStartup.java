package id.kinerja.platform.organization.service;

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
import java.util.logging.Logger;

/** At start, with demo data switched on, fills every empty region from its demo folder. */
@Startup
@Singleton
@DependsOn("RegionSync")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

  @Inject RegionScope regions;

  private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

  @Inject PlatformConfig config;
  @Inject TenantRegistry registry;
  @Inject DemoDataLoader loader;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!config.demo()) {
      return;
    }
    for (TenantDefinition tenant : registry.all()) {
      String code = tenant.code();
      boolean loaded =
          regions.call(
              code,
              () ->
                  loader.loadIfEmpty(
                      registry.source().demoUnits(code), registry.source().demoEmployees(code)));
      if (loaded) {
        LOG.info(() -> "Loaded demo data into region " + code);
      }
    }
  }
}
