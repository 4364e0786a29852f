package id.kinerja.platform.period.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a performance year: the year itself and its monthly or quarterly periods, each
 * with the deadline by which its realisations and ratings are due. A deadline is the end of its day
 * in the region's own time zone, so Kupang (WITA) closes an hour before Bungo (WIB).
 */
public final class PeriodCalendar {

  /**
   * One period of the calendar.
   *
   * @param kind year, quarter or month
   * @param number 0 for the year, 1–4 for a quarter, 1–12 for a month
   * @param startsOn the first day
   * @param endsOn the last day
   * @param deadline the instant realisations and ratings are due
   */
  public record Entry(
      PeriodKind kind, int number, LocalDate startsOn, LocalDate endsOn, Instant deadline) {}

  private PeriodCalendar() {}

  /**
   * The year and its periods, the year first.
   *
   * @param year the performance year
   * @param periodKind {@link PeriodKind#MONTH} or {@link PeriodKind#QUARTER}
   * @param zone the region's time zone
   * @param closingDays the days after a period's end until its deadline
   */
  public static List<Entry> of(int year, PeriodKind periodKind, ZoneId zone, int closingDays) {
    if (periodKind == PeriodKind.YEAR) {
      throw new IllegalArgumentException("Periodic evaluations are monthly or quarterly");
    }
    List<Entry> entries = new ArrayList<>();
    entries.add(entry(PeriodKind.YEAR, 0, LocalDate.of(year, 1, 1), 12, zone, closingDays));
    int months = periodKind == PeriodKind.QUARTER ? 3 : 1;
    for (int number = 1; number <= 12 / months; number++) {
      LocalDate start = LocalDate.of(year, (number - 1) * months + 1, 1);
      entries.add(entry(periodKind, number, start, months, zone, closingDays));
    }
    return entries;
  }

  private static Entry entry(
      PeriodKind kind, int number, LocalDate start, int months, ZoneId zone, int closingDays) {
    LocalDate end = start.plusMonths(months).minusDays(1);
    return new Entry(kind, number, start, end, endOfDayAfter(end, closingDays, zone));
  }

  /**
   * The end of the day {@code days} days after {@code day} in the region's time zone: the instant a
   * deadline of that many days from {@code day} passes (0 days: the end of {@code day} itself).
   */
  public static Instant endOfDayAfter(LocalDate day, int days, ZoneId zone) {
    return day.plusDays(days + 1L).atStartOfDay(zone).toInstant();
  }
}
