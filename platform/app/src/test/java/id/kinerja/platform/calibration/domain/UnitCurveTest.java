package id.kinerja.platform.calibration.domain;

import static id.kinerja.platform.evaluation.domain.Predicate.BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_BAIK;
import static id.kinerja.platform.evaluation.domain.Rating.ABOVE_EXPECTATION;
import static id.kinerja.platform.evaluation.domain.Rating.AS_EXPECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.evaluation.domain.CurveLimit;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.UnitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md, distribution curve: the unit's head's rating hasil kerja sets the unit's curve. */
class UnitCurveTest {

  /** Unit 10: head 1 (reports to 100 in unit 20) and staff 2..n reporting to 1. */
  private static List<RatedEmployee> unit(
      Predicate headPredicate, ratingFor head, Predicate... staff) {
    List<RatedEmployee> all = new ArrayList<>();
    all.add(new RatedEmployee(100, 20, null, null, null));
    all.add(new RatedEmployee(1, 10, 100L, head.rating, headPredicate));
    for (int i = 0; i < staff.length; i++) {
      all.add(new RatedEmployee(2 + i, 10, 1L, null, staff[i]));
    }
    return all;
  }

  /** The head's rating hasil kerja, named for readability. */
  enum ratingFor {
    ABOVE(ABOVE_EXPECTATION),
    AS(AS_EXPECTED),
    NONE(null);

    final id.kinerja.platform.evaluation.domain.Rating rating;

    ratingFor(id.kinerja.platform.evaluation.domain.Rating rating) {
      this.rating = rating;
    }
  }

  @Test
  void theHeadsRatingHasilKerjaIsTheUnitsResultAndTheHeadIsNotCounted() {
    UnitCurve curve = UnitCurve.of(unit(SANGAT_BAIK, ratingFor.ABOVE, BAIK, BAIK, BAIK)).get(10L);
    assertEquals(1L, curve.headId());
    assertEquals(UnitResult.ISTIMEWA, curve.result());
    assertEquals(3, curve.rated());
    assertEquals(Map.of(BAIK, 3), curve.counts());
    assertFalse(curve.broken());
  }

  @Test
  void aBaikUnitWithoutAnyButuhPerbaikanOrKurangBreaksItsCurve() {
    UnitCurve curve = UnitCurve.of(unit(BAIK, ratingFor.AS, BAIK, BAIK, SANGAT_BAIK)).get(10L);
    assertEquals(UnitResult.BAIK, curve.result());
    assertTrue(curve.broken());
    assertTrue(
        curve.breaches().stream().anyMatch(b -> b.kind() == CurveLimit.Kind.AT_LEAST_ONE),
        curve.breaches().toString());
  }

  @Test
  void aBaikUnitWithOneButuhPerbaikanAndAtMostSeventyPercentBaikHoldsItsCurve() {
    UnitCurve curve =
        UnitCurve.of(unit(BAIK, ratingFor.AS, BAIK, SANGAT_BAIK, BUTUH_PERBAIKAN)).get(10L);
    assertFalse(curve.broken(), curve.breaches().toString());
  }

  @Test
  void aUnitWhoseHeadIsNotRatedHasNoResultAndIsNotChecked() {
    UnitCurve curve = UnitCurve.of(unit(null, ratingFor.NONE, BAIK, BAIK, BAIK)).get(10L);
    assertNull(curve.result());
    assertFalse(curve.broken());
  }

  @Test
  void theTopOfTheRegionHeadsItsUnit() {
    UnitCurve top = UnitCurve.of(unit(BAIK, ratingFor.AS, BAIK)).get(20L);
    assertEquals(100L, top.headId());
    assertEquals(0, top.rated());
  }

  @Test
  void onlyTheHeadTheHeadsAppraiserAndTheAdminCalibrateAUnit() {
    UnitCurve curve = new UnitCurve(10, 1L, UnitResult.BAIK, Map.of(), 0, List.of());
    assertTrue(curve.isCalibratedBy(1, 7L, false), "the head");
    assertTrue(curve.isCalibratedBy(7, 7L, false), "the head's pejabat penilai");
    assertTrue(curve.isCalibratedBy(9, 7L, true), "the admin");
    assertFalse(curve.isCalibratedBy(9, 7L, false), "a staff member");
    assertFalse(curve.isCalibratedBy(9, null, false), "nobody above the head of the region");
    UnitCurve headless = new UnitCurve(11, null, null, Map.of(), 0, List.of());
    assertFalse(headless.isCalibratedBy(1, null, false));
    assertTrue(headless.isCalibratedBy(1, null, true));
  }
}
