package id.kinerja.plugin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The data of one period that the platform hands to {@link IndicatorProvider#compute}: the records
 * of the period and those of the previous period, so that a provider can give a trend.
 *
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period, inclusive
 * @param records the period's records; empty if the feed had none
 * @param previousRecords the previous period's records; empty if there was no previous period
 * @since 1.1.0
 */
public record IndicatorData(
    LocalDate periodStart,
    LocalDate periodEnd,
    List<IndicatorRecord> records,
    List<IndicatorRecord> previousRecords) {

  /** Checks the components. */
  public IndicatorData {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    records = List.copyOf(records == null ? List.of() : records);
    previousRecords = List.copyOf(previousRecords == null ? List.of() : previousRecords);
  }
}
