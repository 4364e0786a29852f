package id.kinerja.auditverifier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One stored audit event of a region, a link of that region's hash chain (table {@code
 * audit_event}).
 *
 * @param tenantId the region's code
 * @param seq the event's number in the region's chain: 1, 2, 3, … without gaps
 * @param occurredAt when it was recorded, to the microsecond (PostgreSQL's precision)
 * @param actor the caller's NIP, or {@code system}
 * @param entityType what kind of record changed, e.g. {@code evaluation_period}
 * @param entityId which record changed
 * @param action what was done, e.g. {@code lock}
 * @param before the record before the change as JSON, or null
 * @param after the record after the change as JSON, or null
 * @param prevHash the hash of event {@code seq - 1}; {@link AuditChain#GENESIS_HASH} for seq 1
 * @param hash {@link AuditChain#hash} of all the fields above
 */
public record AuditEvent(
    String tenantId,
    long seq,
    Instant occurredAt,
    String actor,
    String entityType,
    String entityId,
    String action,
    String before,
    String after,
    String prevHash,
    String hash) {

  public AuditEvent {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  /**
   * The next link after {@code prevHash}: the time is cut to microseconds and the hash computed.
   */
  public static AuditEvent link(
      String tenantId,
      long seq,
      Instant occurredAt,
      String actor,
      String entityType,
      String entityId,
      String action,
      String before,
      String after,
      String prevHash) {
    AuditEvent unhashed =
        new AuditEvent(
            tenantId,
            seq,
            occurredAt.truncatedTo(ChronoUnit.MICROS),
            actor,
            entityType,
            entityId,
            action,
            before,
            after,
            prevHash,
            "");
    return unhashed.withHash(unhashed.computedHash());
  }

  /** The hash this event's fields give, whatever {@link #hash} says. */
  public String computedHash() {
    return AuditChain.hash(this);
  }

  private AuditEvent withHash(String newHash) {
    return new AuditEvent(
        tenantId,
        seq,
        occurredAt,
        actor,
        entityType,
        entityId,
        action,
        before,
        after,
        prevHash,
        newHash);
  }
}
