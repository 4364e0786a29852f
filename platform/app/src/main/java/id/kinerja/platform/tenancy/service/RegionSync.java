package id.kinerja.platform.tenancy.service;

import id.kinerja.platform.tenancy.domain.Region;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Mirrors every region of tenants-config into the {@code tenant} table at start. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RegionSync {

  @PersistenceContext(unitName = "kinerja")
  EntityManager entityManager;

  @Inject TenantRegistry registry;

  @PostConstruct
  void sync() {
    for (TenantDefinition tenant : registry.all()) {
      Region region = entityManager.find(Region.class, tenant.code());
      if (region == null) {
        region = new Region(tenant.code());
        entityManager.persist(region);
      }
      region.describe(
          tenant.name(),
          tenant.kind().name(),
          tenant.timeZone().getId(),
          tenant.evaluationPeriod().name());
    }
  }
}
