package id.kinerja.platform.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The trend compares a period with the period of the same length just before it. */
class PeriodWindowTest {

  @Test
  void theQuarterBeforeAQuarterIsThePreviousQuarter() {
    PeriodWindow q4 = new PeriodWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    assertEquals(
        new PeriodWindow(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), q4.previous());
    PeriodWindow q1 = new PeriodWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    assertEquals(
        new PeriodWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), q1.previous());
  }

  @Test
  void theMonthBeforeMarchIsAllOfFebruary() {
    PeriodWindow march = new PeriodWindow(LocalDate.of(2041, 3, 1), LocalDate.of(2041, 3, 31));
    assertEquals(
        new PeriodWindow(LocalDate.of(2041, 2, 1), LocalDate.of(2041, 2, 28)), march.previous());
  }

  @Test
  void theYearBeforeAYearIsThePreviousYear() {
    PeriodWindow year = new PeriodWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertEquals(
        new PeriodWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), year.previous());
  }

  @Test
  void aWindowOfPartMonthsIsFollowedByTheSameNumberOfDays() {
    PeriodWindow tenDays = new PeriodWindow(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 14));
    assertEquals(
        new PeriodWindow(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 4)), tenDays.previous());
  }

  @Test
  void theWindowRunsFromMidnightToMidnightInTheRegionsZone() {
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    PeriodWindow march = new PeriodWindow(LocalDate.of(2041, 3, 1), LocalDate.of(2041, 3, 31));
    assertEquals(OffsetDateTime.parse("2041-03-01T00:00+07:00"), march.from(wib));
    assertEquals(OffsetDateTime.parse("2041-04-01T00:00+07:00"), march.until(wib));
  }

  @Test
  void aWindowCannotEndBeforeItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
  }
}
