package id.kinerja.platform.tenancy.service;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Map;

/**
 * One EntityManager per JTA transaction, bound to the {@link CurrentRegion} when first asked for.
 * EclipseLink filters and writes the tenant discriminator from it; the connection listener sets the
 * same region for row-level security. Never open a second EntityManager in the same transaction: it
 * takes a second pool slot.
 */
@TransactionScoped
public class TenantEntityManager implements Serializable {

  private static final long serialVersionUID = 1L;

  @PersistenceUnit(unitName = "kinerja")
  private transient EntityManagerFactory factory;

  @Inject CurrentRegion region;

  private transient EntityManager entityManager;
  private String tenant;

  /** The transaction's EntityManager for the current region. */
  public EntityManager get() {
    String current = region.code();
    if (entityManager == null) {
      tenant = current;
      entityManager =
          factory.createEntityManager(Map.of(TenantConnectionListener.TENANT_PROPERTY, current));
      entityManager.joinTransaction();
    } else if (!tenant.equals(current)) {
      throw new IllegalStateException(
          "One transaction cannot serve two regions: " + tenant + " and " + current);
    }
    return entityManager;
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
  }
}
