package id.kinerja.platform.indicator.service;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a feed's times: ISO-8601 instants, or local date-times in the region's time zone. */
final class FeedTimes {

  private FeedTimes() {}

  /**
   * The time written in {@code text}: with an offset or {@code Z} as written, else as a local
   * date-time ({@code 2026-10-01T08:30} or {@code 2026-10-01 08:30}) in {@code zone}.
   *
   * @return the time, or {@code null} if the text is not a time
   */
  static OffsetDateTime parse(String text, ZoneId zone) {
    String trimmed = text.trim();
    try {
      return OffsetDateTime.parse(trimmed);
    } catch (DateTimeParseException e) {
      // not an instant: perhaps a local date-time
    }
    try {
      return LocalDateTime.parse(trimmed.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
