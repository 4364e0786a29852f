package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.period.domain.PeriodCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The last moment an employee may object to a published rating: the end of the {@code
 * objectionDays}-th day after the day of publication, counted in the region's time zone (like the
 * deadlines of periods), so that a rating published late in the evening in Kupang (WITA) counts
 * from Kupang's calendar day, not the server's.
 */
public final class ObjectionDeadline {

  private ObjectionDeadline() {}

  /**
   * The instant the objection window closes; an objection at or after it is late.
   *
   * @param publishedAt when the rating was published
   * @param zone the region's time zone
   * @param objectionDays the region's days for objecting (tenant.yaml deadlines.objectionDays)
   */
  public static Instant of(Instant publishedAt, ZoneId zone, int objectionDays) {
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(zone, "zone");
    if (objectionDays < 0) {
      throw new IllegalArgumentException("Objection days may not be negative: " + objectionDays);
    }
    return PeriodCalendar.endOfDayAfter(
        publishedAt.atZone(zone).toLocalDate(), objectionDays, zone);
  }

  /** Whether an objection at {@code at} is still in time. */
  public static boolean isOpen(Instant publishedAt, ZoneId zone, int objectionDays, Instant at) {
    return at.isBefore(of(publishedAt, zone, objectionDays));
  }
}
