package id.kinerja.plugins.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import id.kinerja.plugin.api.IndicatorRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthIndicatorsTest {

  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  private final HealthIndicators health =
      (HealthIndicators)
          new HealthIndicatorsFactory()
              .create(Map.of("maxWaitMinutes", "30", "satisfactionScale", "1-5"));

  @Test
  void waitingTimeIsTheMeanFromRegistrationToCallAndCountsPatientsOverTheStandard() {
    IndicatorRealisation wait =
        compute(
            HealthIndicators.WAIT_TIME,
            List.of(
                visit("V1", 10, 25, null), visit("V2", 50, 60, null), visit("V3", null, 40, null)),
            List.of());

    assertEquals(new BigDecimal("30.0"), wait.value());
    assertEquals(2, wait.basedOn(), "a visit without its call time does not count");
    assertEquals("1 patients waited longer than 30 minutes.", wait.noteEn());
    assertEquals("1 pasien menunggu lebih dari 30 menit.", wait.noteId());
    assertEquals(Trend.UNKNOWN, wait.trend(), "no previous period");
  }

  @Test
  void aShorterWaitThanInThePreviousPeriodIsAnImprovement() {
    IndicatorRealisation wait =
        compute(
            HealthIndicators.WAIT_TIME,
            List.of(visit("V1", 20, 30, null)),
            List.of(visit("P1", 40, 50, null), visit("P2", 20, 30, null)));

    assertEquals(new BigDecimal("20.0"), wait.value());
    assertEquals(new BigDecimal("30.0"), wait.previousValue());
    assertEquals(Trend.IMPROVED, wait.trend());
  }

  @Test
  void serviceTimeIsTheMeanFromCallToTheEndOfTheService() {
    IndicatorRealisation service =
        compute(
            HealthIndicators.SERVICE_TIME,
            List.of(
                visit("V1", 10, 25, null), visit("V2", 10, 18, null), visit("V3", 10, null, null)),
            List.of(visit("P1", 10, 15, null)));

    assertEquals(new BigDecimal("11.5"), service.value());
    assertEquals(2, service.basedOn());
    assertEquals(Trend.WORSENED, service.trend(), "service took longer than the 5 minutes before");
  }

  @Test
  void satisfactionIsTheMeanScoreOnTheRegionsScaleIgnoringScoresOutsideIt() {
    IndicatorRealisation satisfaction =
        compute(
            HealthIndicators.SATISFACTION,
            List.of(
                visit("V1", 10, 20, "5"),
                visit("V2", 10, 20, "4"),
                visit("V3", 10, 20, null),
                visit("V4", 10, 20, "9")),
            List.of(visit("P1", 10, 20, "4")));

    assertEquals(new BigDecimal("4.5"), satisfaction.value());
    assertEquals(2, satisfaction.basedOn());
    assertEquals(Trend.IMPROVED, satisfaction.trend());
  }

  @Test
  void aPeriodWithoutVisitsHasNoValue() {
    IndicatorRealisation wait = compute(HealthIndicators.WAIT_TIME, List.of(), List.of());

    assertNull(wait.value());
    assertEquals(0, wait.basedOn());
  }

  @Test
  void definitionsGiveAspectDirectionAndGuidanceInBothLanguages() {
    IndicatorDefinition satisfaction = health.definitions().get(2);

    assertEquals(HealthIndicators.SATISFACTION, satisfaction.code());
    assertEquals(Aspect.QUALITY, satisfaction.aspect());
    assertEquals(Direction.HIGHER_IS_BETTER, satisfaction.direction());
    assertEquals("skala 1-5", satisfaction.unit());
    assertEquals(
        List.of(Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER),
        health.definitions().subList(0, 2).stream().map(IndicatorDefinition::direction).toList());
    assertEquals(Optional.empty(), health.compute("unknown-code", data(List.of(), List.of())));
  }

  private IndicatorRealisation compute(
      String code, List<IndicatorRecord> visits, List<IndicatorRecord> previous) {
    return health.compute(code, data(visits, previous)).orElseThrow();
  }

  private static IndicatorData data(List<IndicatorRecord> visits, List<IndicatorRecord> previous) {
    return new IndicatorData(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), visits, previous);
  }

  /**
   * A visit registered at nine, called {@code calledMinutes} and served until {@code doneMinutes}
   * after nine ({@code null}: not recorded), with a satisfaction score or none.
   */
  private static IndicatorRecord visit(
      String id, Integer calledMinutes, Integer doneMinutes, String score) {
    return new IndicatorRecord(
        id,
        NINE,
        doneMinutes == null ? null : NINE.plusSeconds(60L * doneMinutes),
        score == null ? null : new BigDecimal(score),
        calledMinutes == null
            ? Map.of()
            : Map.of(HealthIndicators.CALLED_AT, NINE.plusSeconds(60L * calledMinutes).toString()));
  }
}
