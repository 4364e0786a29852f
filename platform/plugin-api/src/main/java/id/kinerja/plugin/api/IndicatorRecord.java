package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the data the platform hands to an indicator provider: a complaint ticket, a patient
 * visit, a completed document, a survey response. What a record stands for is agreed between the
 * plugin and the feed the region connects; the platform only carries it.
 *
 * @param id the record's id in its source, for example a ticket number
 * @param openedAt when the record started (a ticket opened, a patient registered)
 * @param closedAt when it ended (resolved, served), or {@code null} while it is still open
 * @param value a numeric value of the record (a satisfaction score, a count), or {@code null}
 * @param attributes further values by name, for example {@code calledAt}; empty if none
 * @since 1.1.0
 */
public record IndicatorRecord(
    String id,
    Instant openedAt,
    Instant closedAt,
    BigDecimal value,
    Map<String, String> attributes) {

  /** Checks the components; a record cannot close before it opens. */
  public IndicatorRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(openedAt, "openedAt");
    if (closedAt != null && closedAt.isBefore(openedAt)) {
      throw new IllegalArgumentException("record " + id + " closes before it opens");
    }
    attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
  }

  /** The time from opening to closing, or empty while the record is open. */
  public Optional<Duration> duration() {
    return closedAt == null ? Optional.empty() : Optional.of(Duration.between(openedAt, closedAt));
  }
}
