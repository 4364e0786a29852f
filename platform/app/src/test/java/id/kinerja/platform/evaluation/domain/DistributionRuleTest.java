package id.kinerja.platform.evaluation.domain;

import static id.kinerja.platform.evaluation.domain.Predicate.BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.platform.evaluation.domain.Predicate.KURANG;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_KURANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.platform.evaluation.domain.CurveLimit.Kind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistributionRuleTest {

  private static final CurveLimit AT_MOST_70_SANGAT_BAIK =
      new CurveLimit(Kind.AT_MOST, EnumSet.of(SANGAT_BAIK), 70);
  private static final CurveLimit AT_MOST_70_BAIK =
      new CurveLimit(Kind.AT_MOST, EnumSet.of(BAIK), 70);
  private static final CurveLimit AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG =
      new CurveLimit(Kind.AT_LEAST_ONE, EnumSet.of(BUTUH_PERBAIKAN, KURANG), 0);
  private static final CurveLimit AT_LEAST_60_BUTUH_PERBAIKAN =
      new CurveLimit(Kind.AT_LEAST, EnumSet.of(BUTUH_PERBAIKAN), 60);
  private static final CurveLimit AT_MOST_10_SANGAT_BAIK =
      new CurveLimit(Kind.AT_MOST, EnumSet.of(SANGAT_BAIK), 10);
  private static final CurveLimit AT_LEAST_60_KURANG =
      new CurveLimit(Kind.AT_LEAST, EnumSet.of(KURANG), 60);
  private static final CurveLimit AT_LEAST_10_BUTUH_PERBAIKAN =
      new CurveLimit(Kind.AT_LEAST, EnumSet.of(BUTUH_PERBAIKAN), 10);
  private static final CurveLimit AT_LEAST_60_SANGAT_KURANG =
      new CurveLimit(Kind.AT_LEAST, EnumSet.of(SANGAT_KURANG), 60);
  private static final CurveLimit AT_LEAST_10_KURANG_OR_BUTUH_PERBAIKAN =
      new CurveLimit(Kind.AT_LEAST, EnumSet.of(KURANG, BUTUH_PERBAIKAN), 10);
  private static final CurveLimit NO_SANGAT_BAIK =
      new CurveLimit(Kind.NONE_ALLOWED, EnumSet.of(SANGAT_BAIK), 0);

  private static List<CurveLimit> broken(UnitResult unitResult, Map<Predicate, Integer> counts) {
    return DistributionRule.forUnitResult(unitResult).check(counts).stream()
        .map(CurveBreach::limit)
        .toList();
  }

  // Istimewa: at most 70% Sangat Baik

  @Test
  void istimewaUnitAllowsExactlySeventyPercentSangatBaik() {
    assertEquals(List.of(), broken(UnitResult.ISTIMEWA, Map.of(SANGAT_BAIK, 70, BAIK, 30)));
    assertEquals(List.of(), broken(UnitResult.ISTIMEWA, Map.of(SANGAT_BAIK, 7, BAIK, 3)));
  }

  @Test
  void istimewaUnitBreaksItsCurveWithSeventyOnePercentSangatBaik() {
    assertEquals(
        List.of(AT_MOST_70_SANGAT_BAIK),
        broken(UnitResult.ISTIMEWA, Map.of(SANGAT_BAIK, 71, BAIK, 29)));
  }

  @Test
  void istimewaUnitLimitsNothingButSangatBaik() {
    assertEquals(List.of(), broken(UnitResult.ISTIMEWA, Map.of(BAIK, 10)));
  }

  // Baik: at most 70% Baik; at least one Butuh Perbaikan or Kurang

  @Test
  void baikUnitAllowsExactlySeventyPercentBaik() {
    assertEquals(
        List.of(), broken(UnitResult.BAIK, Map.of(BAIK, 70, SANGAT_BAIK, 29, BUTUH_PERBAIKAN, 1)));
  }

  @Test
  void baikUnitBreaksItsCurveWithSeventyOnePercentBaik() {
    assertEquals(
        List.of(AT_MOST_70_BAIK),
        broken(UnitResult.BAIK, Map.of(BAIK, 71, SANGAT_BAIK, 28, BUTUH_PERBAIKAN, 1)));
  }

  @Test
  void baikUnitNeedsAtLeastOneButuhPerbaikanOrKurang() {
    assertEquals(
        List.of(AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG),
        broken(UnitResult.BAIK, Map.of(BAIK, 5, SANGAT_BAIK, 5, SANGAT_KURANG, 1)));
  }

  @Test
  void baikUnitIsSatisfiedByOneKurangAlone() {
    assertEquals(List.of(), broken(UnitResult.BAIK, Map.of(BAIK, 5, SANGAT_BAIK, 4, KURANG, 1)));
  }

  @Test
  void baikUnitIsSatisfiedByOneButuhPerbaikanAlone() {
    assertEquals(
        List.of(), broken(UnitResult.BAIK, Map.of(BAIK, 5, SANGAT_BAIK, 4, BUTUH_PERBAIKAN, 1)));
  }

  // Butuh Perbaikan: at least 60% Butuh Perbaikan; at most 10% Sangat Baik

  @Test
  void butuhPerbaikanUnitIsMetByExactlySixtyPercentButuhPerbaikan() {
    assertEquals(
        List.of(), broken(UnitResult.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 60, BAIK, 40)));
  }

  @Test
  void butuhPerbaikanUnitBreaksItsCurveWithFiftyNinePercentButuhPerbaikan() {
    assertEquals(
        List.of(AT_LEAST_60_BUTUH_PERBAIKAN),
        broken(UnitResult.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 59, BAIK, 41)));
  }

  @Test
  void butuhPerbaikanUnitAllowsExactlyTenPercentSangatBaik() {
    assertEquals(
        List.of(),
        broken(UnitResult.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 60, SANGAT_BAIK, 10, BAIK, 30)));
  }

  @Test
  void butuhPerbaikanUnitBreaksItsCurveWithElevenPercentSangatBaik() {
    assertEquals(
        List.of(AT_MOST_10_SANGAT_BAIK),
        broken(UnitResult.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 60, SANGAT_BAIK, 11, BAIK, 29)));
  }

  // Kurang: at least 60% Kurang; at least 10% Butuh Perbaikan; at most 10% Sangat Baik

  @Test
  void kurangUnitIsMetByExactlySixtyPercentKurangAndTenPercentButuhPerbaikan() {
    assertEquals(
        List.of(),
        broken(
            UnitResult.KURANG, Map.of(KURANG, 60, BUTUH_PERBAIKAN, 10, SANGAT_BAIK, 10, BAIK, 20)));
  }

  @Test
  void kurangUnitBreaksItsCurveWithFiftyNinePercentKurang() {
    assertEquals(
        List.of(AT_LEAST_60_KURANG),
        broken(UnitResult.KURANG, Map.of(KURANG, 59, BUTUH_PERBAIKAN, 10, BAIK, 31)));
  }

  @Test
  void kurangUnitBreaksItsCurveWithNinePercentButuhPerbaikan() {
    assertEquals(
        List.of(AT_LEAST_10_BUTUH_PERBAIKAN),
        broken(UnitResult.KURANG, Map.of(KURANG, 60, BUTUH_PERBAIKAN, 9, BAIK, 31)));
  }

  @Test
  void kurangUnitBreaksItsCurveWithElevenPercentSangatBaik() {
    assertEquals(
        List.of(AT_MOST_10_SANGAT_BAIK),
        broken(
            UnitResult.KURANG, Map.of(KURANG, 60, BUTUH_PERBAIKAN, 10, SANGAT_BAIK, 11, BAIK, 19)));
  }

  @Test
  void kurangUnitDoesNotCountSangatKurangAsButuhPerbaikan() {
    assertEquals(
        List.of(AT_LEAST_10_BUTUH_PERBAIKAN),
        broken(UnitResult.KURANG, Map.of(KURANG, 60, SANGAT_KURANG, 40)));
  }

  // Sangat Kurang: at least 60% Sangat Kurang; at least 10% Kurang or Butuh Perbaikan; no Sangat
  // Baik

  @Test
  void sangatKurangUnitIsMetByExactlySixtyPercentSangatKurangAndTenPercentKurangOrButuhPerbaikan() {
    assertEquals(
        List.of(),
        broken(
            UnitResult.SANGAT_KURANG,
            Map.of(SANGAT_KURANG, 60, KURANG, 5, BUTUH_PERBAIKAN, 5, BAIK, 30)));
  }

  @Test
  void sangatKurangUnitBreaksItsCurveWithFiftyNinePercentSangatKurang() {
    assertEquals(
        List.of(AT_LEAST_60_SANGAT_KURANG),
        broken(UnitResult.SANGAT_KURANG, Map.of(SANGAT_KURANG, 59, KURANG, 10, BAIK, 31)));
  }

  @Test
  void sangatKurangUnitBreaksItsCurveWithNinePercentKurangOrButuhPerbaikan() {
    assertEquals(
        List.of(AT_LEAST_10_KURANG_OR_BUTUH_PERBAIKAN),
        broken(
            UnitResult.SANGAT_KURANG,
            Map.of(SANGAT_KURANG, 60, KURANG, 5, BUTUH_PERBAIKAN, 4, BAIK, 31)));
  }

  @Test
  void sangatKurangUnitAllowsNoSangatBaikAtAll() {
    assertEquals(
        List.of(NO_SANGAT_BAIK),
        broken(
            UnitResult.SANGAT_KURANG,
            Map.of(SANGAT_KURANG, 60, KURANG, 10, SANGAT_BAIK, 1, BAIK, 29)));
  }

  // Shares, empty units and messages

  @Test
  void anEmptyUnitBreaksNoCurve() {
    Map<Predicate, Integer> zeros = new EnumMap<>(Predicate.class);
    for (Predicate predicate : Predicate.values()) {
      zeros.put(predicate, 0);
    }
    for (UnitResult unitResult : UnitResult.values()) {
      assertEquals(List.of(), broken(unitResult, Map.of()), unitResult.name());
      assertEquals(List.of(), broken(unitResult, zeros), unitResult.name());
    }
  }

  @Test
  void everyBrokenLimitIsReportedInTheOrderOfTheNationalTable() {
    assertEquals(
        List.of(AT_LEAST_60_SANGAT_KURANG, AT_LEAST_10_KURANG_OR_BUTUH_PERBAIKAN, NO_SANGAT_BAIK),
        broken(UnitResult.SANGAT_KURANG, Map.of(SANGAT_BAIK, 1, BAIK, 9)));
  }

  @Test
  void atLeastTenPercentOfASmallUnitAsksForOneWholeEmployee() {
    assertEquals(
        List.of(AT_LEAST_10_BUTUH_PERBAIKAN),
        broken(UnitResult.KURANG, Map.of(KURANG, 2, BAIK, 1)));
    assertEquals(List.of(), broken(UnitResult.KURANG, Map.of(KURANG, 2, BUTUH_PERBAIKAN, 1)));
  }

  @Test
  void sharesAreComparedExactlyWithoutRounding() {
    // 2 of 3 is 66.67%: more than 60%, and 7 of 10 (70%) is at most 70% but 701 of 1000 is not.
    assertEquals(
        List.of(), broken(UnitResult.BUTUH_PERBAIKAN, Map.of(BUTUH_PERBAIKAN, 2, BAIK, 1)));
    assertEquals(
        List.of(AT_MOST_70_SANGAT_BAIK),
        broken(UnitResult.ISTIMEWA, Map.of(SANGAT_BAIK, 701, BAIK, 299)));
  }

  @Test
  void aBreachCarriesTheLimitTheNumbersAndAMessageInIndonesianAndEnglish() {
    List<CurveBreach> breaches =
        DistributionRule.forUnitResult(UnitResult.ISTIMEWA).check(Map.of(SANGAT_BAIK, 5, BAIK, 2));
    assertEquals(1, breaches.size());
    CurveBreach breach = breaches.get(0);
    assertEquals(Kind.AT_MOST, breach.kind());
    assertEquals(EnumSet.of(SANGAT_BAIK), breach.predicates());
    assertEquals(70, breach.limitPercent());
    assertEquals(5, breach.count());
    assertEquals(7, breach.total());
    assertEquals(
        "Predikat Sangat Baik paling banyak 70% dari pegawai unit, saat ini 5 dari 7 pegawai"
            + " (71,4%).",
        breach.messageId());
    assertEquals(
        "At most 70% of the unit's employees may be rated Very good (Sangat Baik), now 5 of 7"
            + " (71.4%).",
        breach.messageEn());
  }

  @Test
  void aBreachOfSeveralPredikatNamesThemAll() {
    CurveBreach breach =
        DistributionRule.forUnitResult(UnitResult.BAIK).check(Map.of(BAIK, 2)).get(1);
    assertEquals(EnumSet.of(BUTUH_PERBAIKAN, KURANG), breach.predicates());
    assertEquals(
        "Paling sedikit satu pegawai unit berpredikat Butuh Perbaikan atau Kurang/Misconduct,"
            + " saat ini 0 dari 2 pegawai.",
        breach.messageId());
  }

  @Test
  void negativeOrMissingCountsAreRefused() {
    DistributionRule rule = DistributionRule.forUnitResult(UnitResult.BAIK);
    assertThrows(IllegalArgumentException.class, () -> rule.check(Map.of(BAIK, -1)));
    Map<Predicate, Integer> withNull = new HashMap<>();
    withNull.put(BAIK, null);
    assertThrows(IllegalArgumentException.class, () -> rule.check(withNull));
  }

  @Test
  void eachUnitResultHasTheLimitsOfTheNationalTable() {
    assertEquals(
        List.of(AT_MOST_70_SANGAT_BAIK),
        DistributionRule.forUnitResult(UnitResult.ISTIMEWA).limits());
    assertEquals(
        List.of(AT_MOST_70_BAIK, AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG),
        DistributionRule.forUnitResult(UnitResult.BAIK).limits());
    assertEquals(
        List.of(AT_LEAST_60_BUTUH_PERBAIKAN, AT_MOST_10_SANGAT_BAIK),
        DistributionRule.forUnitResult(UnitResult.BUTUH_PERBAIKAN).limits());
    assertEquals(
        List.of(AT_LEAST_60_KURANG, AT_LEAST_10_BUTUH_PERBAIKAN, AT_MOST_10_SANGAT_BAIK),
        DistributionRule.forUnitResult(UnitResult.KURANG).limits());
    assertEquals(
        List.of(AT_LEAST_60_SANGAT_KURANG, AT_LEAST_10_KURANG_OR_BUTUH_PERBAIKAN, NO_SANGAT_BAIK),
        DistributionRule.forUnitResult(UnitResult.SANGAT_KURANG).limits());
    assertEquals(UnitResult.KURANG, DistributionRule.forUnitResult(UnitResult.KURANG).unitResult());
  }

  @Test
  void aCurveLimitConcernsSomePredikatWithAPercentFitForItsKind() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CurveLimit(Kind.AT_MOST, EnumSet.noneOf(Predicate.class), 70));
    assertThrows(
        IllegalArgumentException.class, () -> new CurveLimit(Kind.AT_LEAST, EnumSet.of(BAIK), 101));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CurveLimit(Kind.NONE_ALLOWED, EnumSet.of(SANGAT_BAIK), 10));
  }
}
