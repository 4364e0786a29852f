package id.kinerja.platform.organization.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.security.service.KeycloakUsers;
import id.kinerja.platform.security.service.UserAccount;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.RegionScope;
import id.kinerja.platform.tenancy.service.TenantJdbc;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports units and employees of the current region from a CSV file. Valid rows are applied,
 * invalid ones skipped and reported; importing the same file twice changes nothing the second time.
 * The data is written set-wise by {@link OrganizationBulkWriter} on the transaction's connection as
 * the application role (so row-level security applies), and the import is recorded in the audit
 * trail. Once the data is committed, the Keycloak users of every imported employee are provisioned
 * (see {@link KeycloakUsers}); a Keycloak failure is reported per employee and undoes nothing.
 * Provisioning costs a few admin API calls per user: beyond {@value #SYNC_ACCOUNTS} users it runs
 * in the background, the report says how many are pending and the outcome goes to the server log.
 */
@ApplicationScoped
public class OrganizationImport {

  @Inject CurrentRegion currentRegion;
  @Inject RegionScope regions;

  /** The most Keycloak users provisioned before the import answers. */
  public static final int SYNC_ACCOUNTS = 500;

  private static final Logger LOG = Logger.getLogger(OrganizationImport.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject TenantJdbc jdbc;

  @Inject TenantRegistry registry;
  @Inject KeycloakUsers keycloakUsers;
  @Inject AuditTrail audit;

  /** This bean through its proxy, so that {@link #applyCsv} runs in its own transaction. */
  @Inject OrganizationImport self;

  /**
   * Imports {@code csv} into the current region, then provisions the Keycloak users of the imported
   * employees (after the commit: Keycloak is not part of the transaction).
   *
   * @return the counts, the refused rows, the error report and the Keycloak outcomes
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ImportReport importCsv(byte[] csv) {
    OrganizationBulkWriter.Applied applied = self.applyCsv(csv);
    List<UserAccount> accounts = applied.accounts();
    if (accounts.isEmpty()) {
      return applied.report();
    }
    if (accounts.size() <= SYNC_ACCOUNTS) {
      return applied.report().withAccounts(keycloakUsers.provision(accounts));
    }
    String region = currentRegion.code();
    executor.execute(
        () -> {
          try {
            regions.run(region, () -> keycloakUsers.provision(accounts));
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Region " + region + ": Keycloak provisioning stopped", e);
          }
        });
    return applied.report().withAccountsPending(accounts.size());
  }

  /** Applies {@code csv} to the region's data, in one transaction, and records it when it did. */
  @Transactional
  public OrganizationBulkWriter.Applied applyCsv(byte[] csv) {
    TenantDefinition region = registry.current();
    OrganizationBulkWriter.Applied applied;
    try {
      applied =
          jdbc.inTransaction(
              connection ->
                  new OrganizationBulkWriter(connection, region.code(), region.name()).apply(csv));
    } catch (OrganizationBulkWriter.ConcurrentChange e) {
      throw RuleViolation.concurrentChange();
    } catch (SQLException e) {
      throw new IllegalStateException("The organisation import failed in the database", e);
    }
    ImportReport report = applied.report();
    if (report.created() + report.updated() + report.unitsCreated() > 0) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("created", report.created());
      counts.put("updated", report.updated());
      counts.put("unchanged", report.unchanged());
      counts.put("rejected", report.rejected());
      counts.put("unitsCreated", report.unitsCreated());
      audit.record("organization_import", region.code(), "import", null, counts);
    }
    return applied;
  }
}
