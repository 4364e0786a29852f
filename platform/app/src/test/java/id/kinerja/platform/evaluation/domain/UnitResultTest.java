package id.kinerja.platform.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitResultTest {

  @Test
  void headResultAboveExpectationMakesTheUnitIstimewa() {
    assertEquals(UnitResult.ISTIMEWA, UnitResult.fromHeadRating(Rating.ABOVE_EXPECTATION));
  }

  @Test
  void headResultAsExpectedMakesTheUnitBaik() {
    assertEquals(UnitResult.BAIK, UnitResult.fromHeadRating(Rating.AS_EXPECTED));
  }

  @Test
  void headResultBelowExpectationMakesTheUnitButuhPerbaikan() {
    assertEquals(UnitResult.BUTUH_PERBAIKAN, UnitResult.fromHeadRating(Rating.BELOW_EXPECTATION));
  }

  @Test
  void kurangAndSangatKurangAreNeverDerivedFromTheHeadsRating() {
    Set<UnitResult> derived =
        Arrays.stream(Rating.values())
            .map(UnitResult::fromHeadRating)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitResult.class)));
    assertEquals(
        EnumSet.of(UnitResult.ISTIMEWA, UnitResult.BAIK, UnitResult.BUTUH_PERBAIKAN), derived);
  }

  @Test
  void aHeadRatingIsNeeded() {
    assertThrows(NullPointerException.class, () -> UnitResult.fromHeadRating(null));
  }

  @Test
  void unitResultsAreInOrderFromIstimewaToSangatKurangWithIndonesianLabels() {
    assertArrayEquals(
        new String[] {"Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"},
        Arrays.stream(UnitResult.values()).map(UnitResult::labelId).toArray(String[]::new));
    assertEquals("Outstanding", UnitResult.ISTIMEWA.labelEn());
  }
}
