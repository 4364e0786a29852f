package id.kinerja.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorRealisationTest {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal TWELVE = new BigDecimal("12");

  @Test
  void aTrendIsBetterOrWorseInTheIndicatorsDirection() {
    assertEquals(Trend.IMPROVED, Trend.between(Direction.HIGHER_IS_BETTER, TWELVE, TEN));
    assertEquals(Trend.WORSENED, Trend.between(Direction.LOWER_IS_BETTER, TWELVE, TEN));
    assertEquals(Trend.IMPROVED, Trend.between(Direction.LOWER_IS_BETTER, TEN, TWELVE));
    assertEquals(
        Trend.UNCHANGED, Trend.between(Direction.HIGHER_IS_BETTER, TEN, new BigDecimal("10.0")));
    assertEquals(Trend.UNKNOWN, Trend.between(Direction.HIGHER_IS_BETTER, TEN, null));
  }

  @Test
  void aRecordLastsFromOpeningToClosingAndCannotCloseBeforeItOpens() {
    Instant opened = Instant.parse("2026-03-02T08:00:00Z");
    IndicatorRecord ticket =
        new IndicatorRecord("T-1", opened, opened.plusSeconds(5400), null, Map.of());

    assertEquals(Optional.of(Duration.ofMinutes(90)), ticket.duration());
    assertEquals(Optional.empty(), new IndicatorRecord("T-2", opened, null, null, null).duration());
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndicatorRecord("T-3", opened, opened.minusSeconds(1), null, null));
  }

  @Test
  void aProviderWrittenForApiOneZeroComputesNothing() {
    IndicatorProvider definitionsOnly = java.util.List::of;

    assertEquals(Optional.empty(), definitionsOnly.compute("any", null));
  }
}
