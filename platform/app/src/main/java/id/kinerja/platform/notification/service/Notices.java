package id.kinerja.platform.notification.service;

import id.kinerja.platform.notification.domain.Notice;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The notices of the current region, by recipient. */
@ApplicationScoped
class Notices {

  @Inject TenantEntityManager entityManager;

  /** The recipient's newest notices, newest first, at most {@code max}. */
  List<Notice> newestOf(String nip, int max) {
    return em().createQuery(
            "select n from Notice n join n.recipient e where e.nip = :nip"
                + " order by n.createdAt desc, n.id desc",
            Notice.class)
        .setParameter("nip", nip)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many of the recipient's notices are unread. */
  long unreadCountOf(String nip) {
    return em().createQuery(
            "select count(n) from Notice n join n.recipient e where e.nip = :nip"
                + " and n.readAt is null",
            Long.class)
        .setParameter("nip", nip)
        .getSingleResult();
  }

  /** The recipient's unread notices. */
  List<Notice> unreadOf(String nip) {
    return em().createQuery(
            "select n from Notice n join n.recipient e where e.nip = :nip"
                + " and n.readAt is null",
            Notice.class)
        .setParameter("nip", nip)
        .getResultList();
  }

  Optional<Notice> find(long id) {
    return Optional.ofNullable(em().find(Notice.class, id));
  }

  void store(Notice notice) {
    em().persist(notice);
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
