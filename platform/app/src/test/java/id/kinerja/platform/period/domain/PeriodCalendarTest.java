package id.kinerja.platform.period.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodCalendarTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Test
  void monthlyRegionHasTheYearAndTwelveMonths() {
    List<PeriodCalendar.Entry> entries = PeriodCalendar.of(2026, PeriodKind.MONTH, WIB, 5);
    assertEquals(13, entries.size());
    assertEquals(PeriodKind.YEAR, entries.get(0).kind());
    assertEquals(LocalDate.of(2026, 12, 31), entries.get(0).endsOn());
    assertEquals(LocalDate.of(2026, 2, 1), entries.get(2).startsOn());
    assertEquals(LocalDate.of(2026, 2, 28), entries.get(2).endsOn());
    assertEquals(12, entries.get(12).number());
  }

  @Test
  void quarterlyRegionHasTheYearAndFourQuarters() {
    List<PeriodCalendar.Entry> entries = PeriodCalendar.of(2028, PeriodKind.QUARTER, WIB, 5);
    assertEquals(5, entries.size());
    assertEquals(LocalDate.of(2028, 4, 1), entries.get(2).startsOn());
    assertEquals(LocalDate.of(2028, 6, 30), entries.get(2).endsOn());
  }

  @Test
  void deadlineIsTheEndOfTheClosingDayInTheRegionsTimeZone() {
    PeriodCalendar.Entry march = PeriodCalendar.of(2026, PeriodKind.MONTH, WITA, 5).get(3);
    // 31 March + 5 days = 5 April, due by its end: 6 April 00:00 WITA = 5 April 16:00 UTC.
    assertEquals(Instant.parse("2026-04-05T16:00:00Z"), march.deadline());
  }

  @Test
  void kupangInWitaClosesAnHourBeforeARegionInWib() {
    Instant wita = PeriodCalendar.of(2026, PeriodKind.QUARTER, WITA, 7).get(1).deadline();
    Instant wib = PeriodCalendar.of(2026, PeriodKind.QUARTER, WIB, 7).get(1).deadline();
    assertEquals(Duration.ofHours(1), Duration.between(wita, wib));
  }

  @Test
  void theYearItselfIsNotAPeriodicCadence() {
    assertThrows(
        IllegalArgumentException.class, () -> PeriodCalendar.of(2026, PeriodKind.YEAR, WIB, 5));
  }
}
