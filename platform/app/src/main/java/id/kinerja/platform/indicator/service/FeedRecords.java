package id.kinerja.platform.indicator.service;

import id.kinerja.platform.indicator.domain.FeedRecord;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current region's records fed to indicator plugins: the repository of the feed-record
 * aggregate. Lists are read in chunks, so that a large feed stays within the database's limits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FeedRecords {

  private static final int CHUNK = 1000;

  @Inject TenantEntityManager entityManager;

  /** Whether the region has any fed record. */
  public boolean any() {
    return em().createQuery("select count(r) from FeedRecord r", Long.class).getSingleResult() > 0;
  }

  /** Per plugin: how many records, and when the last was received. */
  public List<FeedSummary> perPlugin() {
    return em().createQuery(
            "select r.pluginId, count(r), max(r.receivedAt) from FeedRecord r group by r.pluginId",
            Object[].class)
        .getResultStream()
        .map(
            row -> {
              OffsetDateTime last = (OffsetDateTime) row[2];
              return new FeedSummary(
                  (String) row[0],
                  ((Number) row[1]).longValue(),
                  last == null ? null : last.toInstant());
            })
        .toList();
  }

  /** A plugin's records with these source ids, by source id. */
  public Map<String, FeedRecord> bySourceId(String pluginId, List<String> ids) {
    Map<String, FeedRecord> bySourceId = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      em().createQuery(
              "select r from FeedRecord r where r.pluginId = :plugin and r.sourceId in :ids",
              FeedRecord.class)
          .setParameter("plugin", pluginId)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .getResultList()
          .forEach(r -> bySourceId.put(r.getSourceId(), r));
    }
    return bySourceId;
  }

  /** The region's employees with these NIPs, by NIP: whom the rows of a feed name. */
  public Map<String, Employee> employeesByNip(List<String> nips) {
    Map<String, Employee> byNip = new HashMap<>();
    List<String> trimmed = nips.stream().map(String::trim).distinct().toList();
    for (int i = 0; i < trimmed.size(); i += CHUNK) {
      em().createQuery("select e from Employee e where e.nip in :nips", Employee.class)
          .setParameter("nips", trimmed.subList(i, Math.min(trimmed.size(), i + CHUNK)))
          .getResultList()
          .forEach(e -> byNip.put(e.getNip().value(), e));
    }
    return byNip;
  }

  /** A plugin's records of an employee opened in {@code [from, until)}, oldest first. */
  public List<FeedRecord> ofEmployee(
      String pluginId, Employee employee, OffsetDateTime from, OffsetDateTime until) {
    return em().createQuery(
            "select r from FeedRecord r where r.pluginId = :plugin and r.employee = :employee"
                + " and r.openedAt >= :from and r.openedAt < :until order by r.openedAt, r.id",
            FeedRecord.class)
        .setParameter("plugin", pluginId)
        .setParameter("employee", employee)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** Stores a new record. */
  public void store(FeedRecord record) {
    em().persist(record);
  }

  /**
   * Writes pending changes now; a record changed, or the same new record stored, by another feed
   * meanwhile is refused as a concurrent change.
   */
  public void flush() {
    Records.flushOrConflict(em());
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
