package id.kinerja.platform.indicator.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a plugin indicator's computation covers: an evaluation period, and the period of the
 * same length just before it for the trend. A record belongs to the window in which it was opened,
 * in the region's time zone.
 *
 * @param start the first day
 * @param end the last day, inclusive
 */
public record PeriodWindow(LocalDate start, LocalDate end) {

  /** Checks the days. */
  public PeriodWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the window ends before it starts");
    }
  }

  /**
   * The window of the same length just before this one: the previous month, quarter or year when
   * this one is made of whole calendar months, else the same number of days.
   */
  public PeriodWindow previous() {
    LocalDate after = end.plusDays(1);
    if (start.getDayOfMonth() == 1 && after.getDayOfMonth() == 1) {
      long months = ChronoUnit.MONTHS.between(start, after);
      return new PeriodWindow(start.minusMonths(months), start.minusDays(1));
    }
    long days = ChronoUnit.DAYS.between(start, after);
    return new PeriodWindow(start.minusDays(days), start.minusDays(1));
  }

  /** The first instant of the window in the zone. */
  public OffsetDateTime from(ZoneId zone) {
    return start.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The first instant after the window in the zone. */
  public OffsetDateTime until(ZoneId zone) {
    return end.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }
}
