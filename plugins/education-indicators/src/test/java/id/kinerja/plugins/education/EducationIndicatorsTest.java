package id.kinerja.plugins.education;

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

class EducationIndicatorsTest {

  private static final Instant DAY = Instant.parse("2026-03-02T01:00:00Z");

  private final EducationIndicators education =
      (EducationIndicators)
          new EducationIndicatorsFactory()
              .create(Map.of("passingScore", "75", "feedbackScale", "1-4"));

  @Test
  void meanScoreAveragesTheAssessmentsIgnoringFeedbackAndScoresOutsideZeroToHundred() {
    IndicatorRealisation mean =
        compute(
            EducationIndicators.MEAN_SCORE,
            List.of(
                assessment("S1", "80"),
                assessment("S2", "70"),
                assessment("S3", "130"),
                assessment("S4", "-5"),
                feedback("F1", "4")),
            List.of());

    assertEquals(new BigDecimal("75.0"), mean.value());
    assertEquals(2, mean.basedOn());
    assertEquals("1 peserta didik di bawah KKM 75.", mean.noteId());
    assertEquals("1 students below the passing mark of 75.", mean.noteEn());
    assertEquals(Trend.UNKNOWN, mean.trend(), "no previous period");
  }

  @Test
  void aHigherMeanScoreThanInThePreviousPeriodIsAnImprovement() {
    IndicatorRealisation mean =
        compute(
            EducationIndicators.MEAN_SCORE,
            List.of(assessment("S1", "90")),
            List.of(assessment("P1", "80")));

    assertEquals(new BigDecimal("80.0"), mean.previousValue());
    assertEquals(Trend.IMPROVED, mean.trend());
  }

  @Test
  void passRateIsTheShareOfScoresAtOrAboveThePassingMark() {
    IndicatorRealisation rate =
        compute(
            EducationIndicators.PASS_RATE,
            List.of(
                assessment("S1", "75"),
                assessment("S2", "74"),
                assessment("S3", "100"),
                assessment("S4", "60"),
                assessment("S5", "101")),
            List.of(assessment("P1", "90")));

    assertEquals(new BigDecimal("50.0"), rate.value(), "75 counts as passed, 101 is ignored");
    assertEquals(4, rate.basedOn());
    assertEquals(new BigDecimal("100.0"), rate.previousValue());
    assertEquals(Trend.WORSENED, rate.trend());
  }

  @Test
  void feedbackScoreIsTheMeanOnTheRegionsScaleIgnoringRatingsOutsideIt() {
    IndicatorRealisation feedback =
        compute(
            EducationIndicators.FEEDBACK_SCORE,
            List.of(
                feedback("F1", "4"),
                feedback("F2", "3"),
                feedback("F3", "5"),
                feedback("F4", "0"),
                assessment("S1", "2")),
            List.of(feedback("P1", "3.5")));

    assertEquals(new BigDecimal("3.5"), feedback.value());
    assertEquals(2, feedback.basedOn(), "5 and 0 lie outside the 1-4 scale");
    assertEquals(Trend.UNCHANGED, feedback.trend());
  }

  @Test
  void aPeriodWithoutRecordsHasNoValue() {
    for (IndicatorDefinition definition : education.definitions()) {
      IndicatorRealisation empty = compute(definition.code(), List.of(), List.of());
      assertNull(empty.value(), definition.code());
      assertEquals(0, empty.basedOn());
      assertEquals(Trend.UNKNOWN, empty.trend());
    }
  }

  @Test
  void definitionsGiveAspectDirectionUnitAndGuidanceInBothLanguages() {
    List<IndicatorDefinition> definitions = education.definitions();

    assertEquals(
        List.of(
            EducationIndicators.MEAN_SCORE,
            EducationIndicators.PASS_RATE,
            EducationIndicators.FEEDBACK_SCORE),
        definitions.stream().map(IndicatorDefinition::code).toList());
    definitions.forEach(d -> assertEquals(Direction.HIGHER_IS_BETTER, d.direction()));
    assertEquals(Aspect.QUANTITY, definitions.get(1).aspect());
    assertEquals("%", definitions.get(1).unit());
    assertEquals("skala 1-4", definitions.get(2).unit());
    assertEquals(true, definitions.get(0).guidanceId().contains("KKM daerah 75"));
    assertEquals(true, definitions.get(0).guidanceEn().contains("passing mark is 75"));
    assertEquals(Optional.empty(), education.compute("unknown-code", data(List.of(), List.of())));
  }

  private IndicatorRealisation compute(
      String code, List<IndicatorRecord> records, List<IndicatorRecord> previous) {
    return education.compute(code, data(records, previous)).orElseThrow();
  }

  private static IndicatorData data(List<IndicatorRecord> records, List<IndicatorRecord> previous) {
    return new IndicatorData(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), records, previous);
  }

  private static IndicatorRecord assessment(String id, String score) {
    return record(id, score, EducationIndicators.ASSESSMENT);
  }

  private static IndicatorRecord feedback(String id, String rating) {
    return record(id, rating, EducationIndicators.FEEDBACK);
  }

  private static IndicatorRecord record(String id, String value, String kind) {
    return new IndicatorRecord(
        id, DAY, null, new BigDecimal(value), Map.of(EducationIndicators.KIND, kind));
  }
}
