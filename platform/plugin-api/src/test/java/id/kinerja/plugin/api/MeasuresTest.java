package id.kinerja.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasuresTest {

  private static IndicatorRecord record(String id, String value) {
    return new IndicatorRecord(
        id,
        Instant.parse("2025-03-01T08:00:00Z"),
        null,
        value == null ? null : new BigDecimal(value),
        Map.of());
  }

  @Test
  void aMeanRealisationComparesThePeriodWithThePreviousInTheIndicatorsDirection() {
    IndicatorData data =
        new IndicatorData(
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 3, 31),
            List.of(record("a", "10"), record("b", "50"), record("c", null)),
            List.of(record("d", "40")));

    IndicatorRealisation realisation =
        Measures.meanRealisation("t", Direction.LOWER_IS_BETTER, data, IndicatorRecord::value);

    assertEquals(new BigDecimal("30.0"), realisation.value());
    assertEquals(2, realisation.basedOn());
    assertEquals(new BigDecimal("40.0"), realisation.previousValue());
    assertEquals(Trend.IMPROVED, realisation.trend());
    assertEquals(LocalizedText.of("", ""), realisation.note());
  }

  @Test
  void countsAboveAndBelowALimitLeaveOutTheLimitItself() {
    List<BigDecimal> values = List.of(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("24"));

    assertEquals(1, Measures.countAbove(values, BigDecimal.TEN));
    assertEquals(1, Measures.countBelow(values, BigDecimal.TEN));
  }

  @Test
  void aValueOutsideItsRangeIsNotMeasured() {
    assertEquals(
        BigDecimal.ONE, Measures.valueWithin(record("a", "1"), BigDecimal.ONE, BigDecimal.TEN));
    assertNull(Measures.valueWithin(record("a", "11"), BigDecimal.ONE, BigDecimal.TEN));
    assertNull(Measures.valueWithin(record("a", null), BigDecimal.ONE, BigDecimal.TEN));
  }
}
