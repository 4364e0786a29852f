package id.kinerja.platform.evaluation.domain;

import static id.kinerja.platform.evaluation.domain.Rating.ABOVE_EXPECTATION;
import static id.kinerja.platform.evaluation.domain.Rating.AS_EXPECTED;
import static id.kinerja.platform.evaluation.domain.Rating.BELOW_EXPECTATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PredicateTest {

  @Test
  void aboveExpectationResultWithBelowExpectationBehaviourIsKurangMisconduct() {
    assertEquals(Predicate.KURANG, Predicate.of(ABOVE_EXPECTATION, BELOW_EXPECTATION));
  }

  @Test
  void aboveExpectationResultWithExpectedBehaviourIsBaik() {
    assertEquals(Predicate.BAIK, Predicate.of(ABOVE_EXPECTATION, AS_EXPECTED));
  }

  @Test
  void aboveExpectationResultWithAboveExpectationBehaviourIsSangatBaik() {
    assertEquals(Predicate.SANGAT_BAIK, Predicate.of(ABOVE_EXPECTATION, ABOVE_EXPECTATION));
  }

  @Test
  void expectedResultWithBelowExpectationBehaviourIsKurangMisconduct() {
    assertEquals(Predicate.KURANG, Predicate.of(AS_EXPECTED, BELOW_EXPECTATION));
  }

  @Test
  void expectedResultWithExpectedBehaviourIsBaik() {
    assertEquals(Predicate.BAIK, Predicate.of(AS_EXPECTED, AS_EXPECTED));
  }

  @Test
  void expectedResultWithAboveExpectationBehaviourIsBaik() {
    assertEquals(Predicate.BAIK, Predicate.of(AS_EXPECTED, ABOVE_EXPECTATION));
  }

  @Test
  void belowExpectationResultWithBelowExpectationBehaviourIsSangatKurang() {
    assertEquals(Predicate.SANGAT_KURANG, Predicate.of(BELOW_EXPECTATION, BELOW_EXPECTATION));
  }

  @Test
  void belowExpectationResultWithExpectedBehaviourIsButuhPerbaikan() {
    assertEquals(Predicate.BUTUH_PERBAIKAN, Predicate.of(BELOW_EXPECTATION, AS_EXPECTED));
  }

  @Test
  void belowExpectationResultWithAboveExpectationBehaviourIsButuhPerbaikan() {
    assertEquals(Predicate.BUTUH_PERBAIKAN, Predicate.of(BELOW_EXPECTATION, ABOVE_EXPECTATION));
  }

  @Test
  void bothRatingsAreNeededForAPredikat() {
    assertThrows(NullPointerException.class, () -> Predicate.of(null, AS_EXPECTED));
    assertThrows(NullPointerException.class, () -> Predicate.of(AS_EXPECTED, null));
  }

  @Test
  void predikatAreInTheOfficialOrderFromBestToWorst() {
    assertArrayEquals(
        new Predicate[] {
          Predicate.SANGAT_BAIK,
          Predicate.BAIK,
          Predicate.BUTUH_PERBAIKAN,
          Predicate.KURANG,
          Predicate.SANGAT_KURANG
        },
        Predicate.values());
  }

  @Test
  void predikatCarryTheirOfficialIndonesianLabels() {
    assertEquals("Sangat Baik", Predicate.SANGAT_BAIK.labelId());
    assertEquals("Baik", Predicate.BAIK.labelId());
    assertEquals("Butuh Perbaikan", Predicate.BUTUH_PERBAIKAN.labelId());
    assertEquals("Kurang/Misconduct", Predicate.KURANG.labelId());
    assertEquals("Sangat Kurang", Predicate.SANGAT_KURANG.labelId());
    assertEquals("Poor/Misconduct", Predicate.KURANG.labelEn());
  }

  @Test
  void creditPercentageFallsFromOneHundredFiftyForSangatBaikToTwentyFiveForSangatKurang() {
    assertEquals(150, Predicate.SANGAT_BAIK.creditPercentage());
    assertEquals(100, Predicate.BAIK.creditPercentage());
    assertEquals(75, Predicate.BUTUH_PERBAIKAN.creditPercentage());
    assertEquals(50, Predicate.KURANG.creditPercentage());
    assertEquals(25, Predicate.SANGAT_KURANG.creditPercentage());
  }

  @Test
  void ratingsCarryTheirOfficialIndonesianLabels() {
    assertEquals("Di Atas Ekspektasi", ABOVE_EXPECTATION.labelId());
    assertEquals("Sesuai Ekspektasi", AS_EXPECTED.labelId());
    assertEquals("Di Bawah Ekspektasi", BELOW_EXPECTATION.labelId());
    assertEquals("Above expectation", ABOVE_EXPECTATION.labelEn());
    assertEquals("As expected", AS_EXPECTED.labelEn());
    assertEquals("Below expectation", BELOW_EXPECTATION.labelEn());
  }
}
