package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.CatalogActivity;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The activities of the current region's training catalog. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogActivities {

  @Inject TenantEntityManager entityManager;

  /** The whole catalog, by code. */
  List<CatalogActivity> all() {
    return entityManager
        .get()
        .createQuery("select a from CatalogActivity a order by a.code", CatalogActivity.class)
        .getResultList();
  }

  /** Whether the catalog has no activity. */
  boolean isEmpty() {
    return entityManager
            .get()
            .createQuery("select count(a) from CatalogActivity a", Long.class)
            .getSingleResult()
        == 0;
  }

  /** The activity with this code, if any. */
  Optional<CatalogActivity> withCode(String code) {
    return entityManager
        .get()
        .createQuery("select a from CatalogActivity a where a.code = :c", CatalogActivity.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** The activity with this id; refused as not found otherwise. */
  CatalogActivity find(long id) {
    return Records.find(entityManager.get(), CatalogActivity.class, id);
  }

  /** Stores a new activity, at once. */
  void store(CatalogActivity activity) {
    entityManager.get().persist(activity);
    flush();
  }

  /** Removes an activity, at once. */
  void remove(CatalogActivity activity) {
    entityManager.get().remove(activity);
    flush();
  }

  /** Writes pending changes; a stale version is refused as a concurrent change. */
  void flush() {
    Records.flush(entityManager.get());
  }
}
