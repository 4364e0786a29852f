package id.kinerja.platform.plugin.service;

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

/** At start, seeds each region's plugin settings from its tenant.yaml. */
@Startup
@Singleton
@DependsOn("RegionSync")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginSettingsStartup {

  @Inject RegionScope regions;

  @Inject TenantRegistry registry;
  @Inject RegionPlugins plugins;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    for (TenantDefinition tenant : registry.all()) {
      regions.run(tenant.code(), () -> plugins.seed(tenant.plugins()));
    }
  }
}
