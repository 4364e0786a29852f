package id.kinerja.platform.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditPointsTest {

  private static final BigDecimal AHLI_PERTAMA = new BigDecimal("12.5");

  @Test
  void ahliPertamaRatedBaikForAYearEarnsItsWholeCoefficient() {
    assertEquals(new BigDecimal("12.500"), CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 12));
  }

  @Test
  void ahliPertamaRatedSangatBaikForAYearEarnsOneAndAHalfTimesItsCoefficient() {
    assertEquals(
        new BigDecimal("18.750"), CreditPoints.of(Predicate.SANGAT_BAIK, AHLI_PERTAMA, 12));
  }

  @Test
  void aQuarterRatedBaikEarnsAQuarterOfTheYearlyCoefficient() {
    assertEquals(new BigDecimal("3.125"), CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 3));
  }

  @Test
  void eachPredikatEarnsItsPercentageOfTheCoefficient() {
    assertEquals(
        new BigDecimal("9.375"), CreditPoints.of(Predicate.BUTUH_PERBAIKAN, AHLI_PERTAMA, 12));
    assertEquals(new BigDecimal("6.250"), CreditPoints.of(Predicate.KURANG, AHLI_PERTAMA, 12));
    assertEquals(
        new BigDecimal("3.125"), CreditPoints.of(Predicate.SANGAT_KURANG, AHLI_PERTAMA, 12));
  }

  @Test
  void creditPointsAreRoundedOnceToThreeDecimalsHalfUp() {
    // 150% × 12.5 / 12 = 1.5625 exactly, rounded half up.
    assertEquals(new BigDecimal("1.563"), CreditPoints.of(Predicate.SANGAT_BAIK, AHLI_PERTAMA, 1));
    // 100% × 12.5 / 12 = 1.041666...
    assertEquals(new BigDecimal("1.042"), CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 1));
    // 25% × 12.5 × 5 / 12 = 1.3020833...
    assertEquals(
        new BigDecimal("1.302"), CreditPoints.of(Predicate.SANGAT_KURANG, AHLI_PERTAMA, 5));
  }

  @Test
  void aZeroCoefficientEarnsNothing() {
    assertEquals(
        new BigDecimal("0.000"), CreditPoints.of(Predicate.SANGAT_BAIK, BigDecimal.ZERO, 12));
  }

  @Test
  void monthsMustBeOneToTwelve() {
    assertThrows(
        IllegalArgumentException.class, () -> CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 0));
    assertThrows(
        IllegalArgumentException.class, () -> CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 13));
    assertEquals(new BigDecimal("1.042"), CreditPoints.of(Predicate.BAIK, AHLI_PERTAMA, 1));
  }

  @Test
  void theCoefficientMayNotBeNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CreditPoints.of(Predicate.BAIK, new BigDecimal("-0.001"), 12));
  }
}
