package id.kinerja.platform.evaluation.domain;

import static id.kinerja.platform.evaluation.domain.Rating.ABOVE_EXPECTATION;
import static id.kinerja.platform.evaluation.domain.Rating.AS_EXPECTED;
import static id.kinerja.platform.evaluation.domain.Rating.BELOW_EXPECTATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualEvaluationTest {

  private static PeriodRatings period(Rating result, Rating behaviour) {
    return new PeriodRatings(result, behaviour);
  }

  @Test
  void yearlyResultRatingIsTheOneThePeriodsGiveMostOften() {
    AnnualEvaluation year =
        AnnualEvaluation.fromPeriods(
            List.of(
                period(AS_EXPECTED, AS_EXPECTED),
                period(ABOVE_EXPECTATION, AS_EXPECTED),
                period(ABOVE_EXPECTATION, AS_EXPECTED),
                period(AS_EXPECTED, AS_EXPECTED),
                period(ABOVE_EXPECTATION, AS_EXPECTED)));
    assertEquals(ABOVE_EXPECTATION, year.resultRating());
    assertEquals(AS_EXPECTED, year.behaviourRating());
  }

  @Test
  void yearlyBehaviourRatingIsTheOneThePeriodsGiveMostOften() {
    AnnualEvaluation year =
        AnnualEvaluation.fromPeriods(
            List.of(
                period(AS_EXPECTED, BELOW_EXPECTATION),
                period(AS_EXPECTED, ABOVE_EXPECTATION),
                period(AS_EXPECTED, ABOVE_EXPECTATION),
                period(AS_EXPECTED, AS_EXPECTED)));
    assertEquals(ABOVE_EXPECTATION, year.behaviourRating());
  }

  @Test
  void aTieGoesToTheRatingOfTheLatestPeriod() {
    List<PeriodRatings> improving =
        List.of(
            period(AS_EXPECTED, AS_EXPECTED),
            period(ABOVE_EXPECTATION, ABOVE_EXPECTATION),
            period(AS_EXPECTED, AS_EXPECTED),
            period(ABOVE_EXPECTATION, ABOVE_EXPECTATION));
    assertEquals(
        new AnnualEvaluation(ABOVE_EXPECTATION, ABOVE_EXPECTATION),
        AnnualEvaluation.fromPeriods(improving));
    List<PeriodRatings> declining =
        List.of(
            period(ABOVE_EXPECTATION, ABOVE_EXPECTATION),
            period(AS_EXPECTED, AS_EXPECTED),
            period(ABOVE_EXPECTATION, ABOVE_EXPECTATION),
            period(AS_EXPECTED, AS_EXPECTED));
    assertEquals(
        new AnnualEvaluation(AS_EXPECTED, AS_EXPECTED), AnnualEvaluation.fromPeriods(declining));
  }

  @Test
  void aThreeWayTieGoesToTheLatestPeriod() {
    AnnualEvaluation year =
        AnnualEvaluation.fromPeriods(
            List.of(
                period(AS_EXPECTED, AS_EXPECTED),
                period(BELOW_EXPECTATION, AS_EXPECTED),
                period(ABOVE_EXPECTATION, AS_EXPECTED)));
    assertEquals(ABOVE_EXPECTATION, year.resultRating());
  }

  @Test
  void theYearlyRatingsAreChosenIndependentlyOfEachOther() {
    // Results: 3 of 7 above expectation; behaviour: 4 of 7 above expectation. No period paired
    // both above expectation, yet the year does.
    AnnualEvaluation year =
        AnnualEvaluation.fromPeriods(
            List.of(
                period(ABOVE_EXPECTATION, AS_EXPECTED),
                period(ABOVE_EXPECTATION, AS_EXPECTED),
                period(ABOVE_EXPECTATION, BELOW_EXPECTATION),
                period(AS_EXPECTED, ABOVE_EXPECTATION),
                period(AS_EXPECTED, ABOVE_EXPECTATION),
                period(BELOW_EXPECTATION, ABOVE_EXPECTATION),
                period(BELOW_EXPECTATION, ABOVE_EXPECTATION)));
    assertEquals(new AnnualEvaluation(ABOVE_EXPECTATION, ABOVE_EXPECTATION), year);
    assertEquals(Predicate.SANGAT_BAIK, year.predicate());
  }

  @Test
  void theYearlyPredikatFollowsTheMatrixFromTheYearlyRatings() {
    List<PeriodRatings> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      months.add(period(ABOVE_EXPECTATION, month <= 7 ? BELOW_EXPECTATION : ABOVE_EXPECTATION));
    }
    AnnualEvaluation year = AnnualEvaluation.fromPeriods(months);
    assertEquals(new AnnualEvaluation(ABOVE_EXPECTATION, BELOW_EXPECTATION), year);
    assertEquals(Predicate.KURANG, year.predicate());
  }

  @Test
  void aSinglePeriodGivesTheYearItsRatings() {
    AnnualEvaluation year =
        AnnualEvaluation.fromPeriods(List.of(period(BELOW_EXPECTATION, AS_EXPECTED)));
    assertEquals(new AnnualEvaluation(BELOW_EXPECTATION, AS_EXPECTED), year);
    assertEquals(Predicate.BUTUH_PERBAIKAN, year.predicate());
  }

  @Test
  void aYearWithoutPeriodicEvaluationsHasNoYearlyRating() {
    assertThrows(IllegalArgumentException.class, () -> AnnualEvaluation.fromPeriods(List.of()));
  }

  @Test
  void aPeriodsPredikatFollowsTheMatrix() {
    assertEquals(Predicate.KURANG, period(AS_EXPECTED, BELOW_EXPECTATION).predicate());
    assertEquals(Predicate.SANGAT_BAIK, period(ABOVE_EXPECTATION, ABOVE_EXPECTATION).predicate());
  }

  @Test
  void aPeriodNeedsBothRatings() {
    assertThrows(NullPointerException.class, () -> new PeriodRatings(null, AS_EXPECTED));
    assertThrows(NullPointerException.class, () -> new PeriodRatings(AS_EXPECTED, null));
  }
}
