package id.kinerja.platform.audit.service;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import id.kinerja.auditverifier.AuditEvents;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The regions' audit chains in the {@code audit_event} table, in the caller's transaction: the
 * repository of the audit trail (native SQL: the table is append-only and has no entity).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditChains {

  /** First key of the advisory lock (the second is the region's hash): "audi" in ASCII. */
  static final int LOCK_CLASS = 0x61756469;

  /**
   * The query hint that allows native SQL: the persistence unit sets the hint's name, which
   * EclipseLink does not read as a unit property, so reads would be refused without it.
   */
  static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  /**
   * The last event of a chain.
   *
   * @param seq its sequence number
   * @param hash its hash, the next event's previous hash
   */
  public record Head(long seq, String hash) {}

  @Inject TenantEntityManager entityManager;

  /**
   * Waits for, then holds until the transaction ends, the right to append to the region's chain.
   */
  public void lock(String region) {
    em().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?, hashtext(?))) l")
        .setHint(NATIVE, true)
        .setParameter(1, LOCK_CLASS)
        .setParameter(2, region)
        .getSingleResult();
  }

  /** The region's last event, if the chain has any. */
  public Optional<Head> head(String region) {
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em().createNativeQuery(
                "select seq, hash from audit_event where tenant_id = ? order by seq desc limit 1")
            .setHint(NATIVE, true)
            .setParameter(1, region)
            .getResultList();
    return head.stream().findFirst().map(r -> new Head(((Number) r[0]).longValue(), (String) r[1]));
  }

  /** Appends {@code event} to its region's chain. */
  public void append(AuditEvent event) {
    em().createNativeQuery(
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
  }

  /** The region's next {@value AuditEvents#PAGE} events after {@code afterSeq}, in order. */
  public List<AuditEvent> page(String region, long afterSeq) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(AuditChain.SELECT_EVENTS)
            .setHint(NATIVE, true)
            .setParameter(1, region)
            .setParameter(2, afterSeq)
            .setParameter(3, AuditEvents.PAGE)
            .getResultList();
    return rows.stream().map(AuditEvents::of).toList();
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
