package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Helpers for computing a realisation from a feed of {@link IndicatorRecord}s, so that every
 * indicator provider measures, averages and reads times alike.
 *
 * @since 1.1.0
 */
public final class Measures {

  private Measures() {}

  /**
   * What {@code measure} gives for each record, leaving out the records it cannot measure (for
   * which it returns {@code null}).
   */
  public static List<BigDecimal> of(
      List<IndicatorRecord> records, Function<IndicatorRecord, BigDecimal> measure) {
    return records.stream().map(measure).filter(Objects::nonNull).toList();
  }

  /** The mean to one decimal, rounded half up, or {@code null} when there are no values. */
  public static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
  }

  /**
   * The time from {@code from} to {@code to} in {@code unit} (for example minutes or hours), to
   * four decimals; {@code null} when either is missing or {@code to} lies before {@code from}.
   */
  public static BigDecimal between(Instant from, Instant to, ChronoUnit unit) {
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return BigDecimal.valueOf(Duration.between(from, to).toSeconds())
        .divide(BigDecimal.valueOf(unit.getDuration().toSeconds()), 4, RoundingMode.HALF_UP);
  }

  /**
   * The record's attribute read as an ISO-8601 instant, or {@code null} when it is absent or not an
   * instant.
   */
  public static Instant instant(IndicatorRecord record, String attribute) {
    String text = record.attributes().get(attribute);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
