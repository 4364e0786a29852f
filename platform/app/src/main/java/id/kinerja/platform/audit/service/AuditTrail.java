package id.kinerja.platform.audit.service;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Appends events to the current region's audit chain, in the caller's transaction: the event
 * commits or rolls back with the change it records, on the same connection (so row-level security
 * applies).
 *
 * <p>Appends of one region are serialised by a transaction-scoped PostgreSQL advisory lock on the
 * region, taken before the chain's head is read and held until commit or rollback; appends of
 * different regions do not wait for each other. The primary key (tenant_id, seq) would refuse a
 * fork anyway; the lock makes the second writer wait instead of fail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

  /** The actor of events recorded without a caller (startup, background work). */
  public static final String SYSTEM = "system";

  /** First key of the advisory lock (the second is the region's hash): "audi" in ASCII. */
  static final int LOCK_CLASS = 0x61756469;

  /**
   * The query hint that allows native SQL: the persistence unit sets the hint's name, which
   * EclipseLink does not read as a unit property, so reads would be refused without it.
   */
  static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantEntityManager entityManager;
  @Inject Actor actor;
  @Inject Clock clock;

  /**
   * Records a change of the current region's data.
   *
   * @param entityType what kind of record changed, e.g. {@code evaluation_period}
   * @param entityId which record
   * @param action what was done, e.g. {@code lock}
   * @param before the record before the change: a {@link CharSequence} is taken as JSON text as it
   *     is, anything else is serialised with JSON-B; null for none
   * @param after the record after the change, likewise
   * @return the event as stored
   */
  public AuditEvent record(
      String entityType, String entityId, String action, Object before, Object after) {
    String region = actor.region();
    EntityManager em = entityManager.get();
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?, hashtext(?))) l")
        .setHint(NATIVE, true)
        .setParameter(1, LOCK_CLASS)
        .setParameter(2, region)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em.createNativeQuery(
                "select seq, hash from audit_event where tenant_id = ? order by seq desc limit 1")
            .setHint(NATIVE, true)
            .setParameter(1, region)
            .getResultList();
    long seq = head.isEmpty() ? 1 : ((Number) head.get(0)[0]).longValue() + 1;
    String prevHash = head.isEmpty() ? AuditChain.GENESIS_HASH : (String) head.get(0)[1];
    AuditEvent event =
        AuditEvent.link(
            region,
            seq,
            Instant.now(clock),
            actor(),
            entityType,
            entityId,
            action,
            json(before),
            json(after),
            prevHash);
    em.createNativeQuery(
            "insert into audit_event (tenant_id, seq, occurred_at, actor, entity_type, entity_id,"
                + " action, before, after, prev_hash, hash)"
                + " values (?, ?, cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?)")
        .setHint(NATIVE, true)
        .setParameter(1, event.tenantId())
        .setParameter(2, event.seq())
        .setParameter(3, AuditChain.TIMESTAMP.format(event.occurredAt()))
        .setParameter(4, event.actor())
        .setParameter(5, event.entityType())
        .setParameter(6, event.entityId())
        .setParameter(7, event.action())
        .setParameter(8, event.before())
        .setParameter(9, event.after())
        .setParameter(10, event.prevHash())
        .setParameter(11, event.hash())
        .executeUpdate();
    return event;
  }

  private String actor() {
    return actor.ifAuthenticated().map(Caller::nip).orElse(SYSTEM);
  }

  private static String json(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    return JSON.toJson(value);
  }
}
