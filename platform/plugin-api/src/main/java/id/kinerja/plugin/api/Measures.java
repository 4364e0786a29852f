package id.kinerja.plugin.api;

import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
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

  /**
   * The realisation most indicators have: the {@link #mean mean} of what {@code measure} gives for
   * the period's records, against the same mean over the previous period, with the trend in the
   * indicator's direction and no note (add one with {@link IndicatorRealisation#withNote}).
   *
   * @param code the indicator's code
   * @param direction whether a higher or a lower value is better
   * @param data the period's and the previous period's records
   * @param measure what one record gives, or {@code null} for a record it cannot measure
   * @since 1.2.0
   */
  public static IndicatorRealisation meanRealisation(
      String code,
      Direction direction,
      IndicatorData data,
      Function<IndicatorRecord, BigDecimal> measure) {
    List<BigDecimal> current = of(data.records(), measure);
    BigDecimal value = mean(current);
    BigDecimal previous = mean(of(data.previousRecords(), measure));
    return new IndicatorRealisation(
        code,
        value,
        current.size(),
        previous,
        Trend.between(direction, value, previous),
        LocalizedText.of("", ""));
  }

  /**
   * How many of the values lie above {@code limit}.
   *
   * @since 1.2.0
   */
  public static long countAbove(List<BigDecimal> values, BigDecimal limit) {
    return values.stream().filter(v -> v.compareTo(limit) > 0).count();
  }

  /**
   * How many of the values lie below {@code limit}.
   *
   * @since 1.2.0
   */
  public static long countBelow(List<BigDecimal> values, BigDecimal limit) {
    return values.stream().filter(v -> v.compareTo(limit) < 0).count();
  }

  /**
   * The record's {@link IndicatorRecord#value() value} when it lies between {@code min} and {@code
   * max} (both included), or {@code null} when it is missing or out of range (a misconfigured
   * survey, a typing error in the source).
   *
   * @since 1.2.0
   */
  public static BigDecimal valueWithin(IndicatorRecord record, BigDecimal min, BigDecimal max) {
    BigDecimal value = record.value();
    return value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0 ? null : value;
  }
}
