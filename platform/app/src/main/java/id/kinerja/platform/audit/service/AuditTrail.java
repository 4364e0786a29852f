package id.kinerja.platform.audit.service;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditChains chains;
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
    chains.lock(region);
    Optional<AuditChains.Head> head = chains.head(region);
    AuditEvent event =
        AuditEvent.link(
            region,
            head.map(h -> h.seq() + 1).orElse(1L),
            Instant.now(clock),
            actor(),
            entityType,
            entityId,
            action,
            json(before),
            json(after),
            head.map(AuditChains.Head::hash).orElse(AuditChain.GENESIS_HASH));
    chains.append(event);
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
