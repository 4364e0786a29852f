package id.kinerja.auditverifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain of a region's audit events, in plain Java (JDK only) so that a command-line tool
 * can verify a database without the application.
 *
 * <p><b>Canonical serialisation, version 1.</b> The hash of an event is the lower-case hex SHA-256
 * of the UTF-8 bytes of:
 *
 * <pre>
 * "kinerja-audit-v1\n"
 * then for each field, in this order:
 *   tenant_id, seq, occurred_at, actor, entity_type, entity_id, action, before, after, prev_hash
 * either "-\n" when the field is null (only before and after may be),
 * or     &lt;length of the value in UTF-8 bytes, decimal&gt; ":" &lt;value&gt; "\n"
 * </pre>
 *
 * where {@code seq} is written in decimal and {@code occurred_at} in UTC as {@code
 * yyyy-MM-ddTHH:mm:ss.ffffffZ} (always six fraction digits: PostgreSQL's precision). The length
 * prefix makes the encoding unambiguous whatever the values contain. {@code prev_hash} of seq 1 is
 * {@link #GENESIS_HASH} (64 zeros); of every later event, the {@code hash} of the event before.
 */
public final class AuditChain {

  /** The {@code prev_hash} of a region's first event. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /** Prefix of the canonical serialisation; changes with its format. */
  public static final String FORMAT = "kinerja-audit-v1";

  /**
   * How {@code occurred_at} is written into the serialisation: UTC, microseconds. {@link
   * #SELECT_EVENTS} reads it back from PostgreSQL in exactly this form.
   */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * The region's events in chain order, for plain JDBC (a command-line verifier) or a native query:
   * parameter 1 is the region, 2 the last seq already read (0 to start), 3 the page size. Columns
   * in {@link AuditEvent}'s order, occurred_at as text in the {@link #TIMESTAMP} form. Row-level
   * security also applies to the owner: set {@code app.tenant_id} to the region first.
   */
  public static final String SELECT_EVENTS =
      "select tenant_id, seq, to_char(occurred_at at time zone 'UTC',"
          + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, entity_type, entity_id, action,"
          + " before, after, prev_hash, hash from audit_event"
          + " where tenant_id = ? and seq > ? order by seq limit ?";

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /**
   * The canonical serialisation of an event's fields (see the class comment); its stored hash is
   * not part of it.
   */
  public static String canonical(AuditEvent event) {
    StringBuilder out = new StringBuilder(FORMAT).append('\n');
    for (String field :
        new String[] {
          event.tenantId(),
          Long.toString(event.seq()),
          TIMESTAMP.format(event.occurredAt()),
          event.actor(),
          event.entityType(),
          event.entityId(),
          event.action(),
          event.before(),
          event.after(),
          event.prevHash()
        }) {
      if (field == null) {
        out.append("-\n");
      } else {
        out.append(field.getBytes(StandardCharsets.UTF_8).length)
            .append(':')
            .append(field)
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The lower-case hex SHA-256 of the event's {@link #canonical} serialisation. */
  public static String hash(AuditEvent event) {
    try {
      return HEX.formatHex(
          MessageDigest.getInstance("SHA-256")
              .digest(canonical(event).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Parses {@code occurred_at} as {@link #SELECT_EVENTS} returns it. */
  public static Instant parseTimestamp(String text) {
    return Instant.from(TIMESTAMP.parse(text));
  }

  /** Verifies a whole chain given in seq order. */
  public static ChainVerdict verify(String region, Iterable<AuditEvent> events) {
    Verifier verifier = new Verifier(region);
    for (AuditEvent event : events) {
      if (!verifier.accept(event)) {
        break;
      }
    }
    return verifier.verdict();
  }

  /**
   * Checks a region's chain event by event, in seq order, from seq 1; stops at the first broken
   * link. Feed it page by page to verify a chain that does not fit in memory.
   */
  public static final class Verifier {

    private final String region;
    private long events;
    private long lastSeq;
    private String lastHash = GENESIS_HASH;
    private ChainVerdict broken;

    public Verifier(String region) {
      this.region = region;
    }

    /**
     * Checks the next event.
     *
     * @return false once the chain is broken (this event or an earlier one)
     */
    public boolean accept(AuditEvent event) {
      if (broken != null) {
        return false;
      }
      long expected = lastSeq + 1;
      if (!region.equals(event.tenantId())) {
        return fail(event.seq(), "event " + event.seq() + " belongs to region " + event.tenantId());
      }
      if (event.seq() != expected) {
        return fail(
            expected,
            event.seq() > expected
                ? "event " + expected + " is missing (the next stored event is " + event.seq() + ")"
                : "event " + event.seq() + " is out of order after event " + lastSeq);
      }
      if (!lastHash.equals(event.prevHash())) {
        return fail(
            expected,
            expected == 1
                ? "event 1 does not start the chain: its prev_hash is not " + GENESIS_HASH
                : "event "
                    + expected
                    + " does not follow event "
                    + lastSeq
                    + ": prev_hash differs from that event's hash (an event was changed,"
                    + " removed or inserted)");
      }
      if (!event.computedHash().equals(event.hash())) {
        return fail(
            expected, "event " + expected + " was changed: its content does not match its hash");
      }
      events++;
      lastSeq = event.seq();
      lastHash = event.hash();
      return true;
    }

    private boolean fail(long seq, String reason) {
      broken = new ChainVerdict(events, false, seq, reason, lastHash);
      return false;
    }

    /**
     * The verdict so far: valid with the number of events and the head hash, or the first broken
     * link with the number of valid events before it.
     */
    public ChainVerdict verdict() {
      return broken != null ? broken : new ChainVerdict(events, true, null, null, lastHash);
    }
  }
}
