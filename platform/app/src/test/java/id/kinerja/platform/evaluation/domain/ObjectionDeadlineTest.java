package id.kinerja.platform.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ObjectionDeadlineTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Test
  void theDeadlineIsTheEndOfTheNthDayAfterPublicationInTheRegionsTimeZone() {
    // Published 10 May 2029 at 09:00 WIB; 14 days: until the end of 24 May WIB.
    Instant published = Instant.parse("2029-05-10T02:00:00Z");
    assertEquals(Instant.parse("2029-05-24T17:00:00Z"), ObjectionDeadline.of(published, WIB, 14));
  }

  @Test
  void theDayOfPublicationIsTheRegionsCalendarDayNotUtcs() {
    // 16:30 UTC on 10 May is 00:30 on 11 May in Kupang (WITA) but 23:30 on 10 May in Bungo (WIB).
    Instant published = Instant.parse("2029-05-10T16:30:00Z");
    assertEquals(Instant.parse("2029-05-25T16:00:00Z"), ObjectionDeadline.of(published, WITA, 14));
    assertEquals(Instant.parse("2029-05-24T17:00:00Z"), ObjectionDeadline.of(published, WIB, 14));
  }

  @Test
  void anObjectionIsInTimeUntilTheLastSecondOfTheLastDayAndLateFromMidnight() {
    Instant published = Instant.parse("2029-05-10T02:00:00Z");
    assertTrue(ObjectionDeadline.isOpen(published, WIB, 14, Instant.parse("2029-05-24T16:59:59Z")));
    assertFalse(
        ObjectionDeadline.isOpen(published, WIB, 14, Instant.parse("2029-05-24T17:00:00Z")));
  }

  @Test
  void negativeObjectionDaysAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ObjectionDeadline.of(Instant.parse("2029-05-10T02:00:00Z"), WIB, -1));
  }
}
