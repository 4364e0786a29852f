package id.kinerja.platform.evaluation.domain;

import static id.kinerja.platform.evaluation.domain.CurveLimit.atLeast;
import static id.kinerja.platform.evaluation.domain.CurveLimit.atLeastOne;
import static id.kinerja.platform.evaluation.domain.CurveLimit.atMost;
import static id.kinerja.platform.evaluation.domain.CurveLimit.noneAllowed;
import static id.kinerja.platform.evaluation.domain.Predicate.BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.platform.evaluation.domain.Predicate.KURANG;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_BAIK;
import static id.kinerja.platform.evaluation.domain.Predicate.SANGAT_KURANG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kurva distribusi (SE MenPANRB 3/2023): the limits a unit's result sets on the predikat of its
 * employees.
 *
 * <table>
 *   <caption>Limits per unit result</caption>
 *   <tr><th>Unit result</th><th>Limits</th></tr>
 *   <tr><td>Istimewa</td><td>at most 70% Sangat Baik</td></tr>
 *   <tr><td>Baik</td><td>at most 70% Baik; at least one Butuh Perbaikan or Kurang</td></tr>
 *   <tr><td>Butuh Perbaikan</td><td>at least 60% Butuh Perbaikan; at most 10% Sangat Baik</td></tr>
 *   <tr><td>Kurang</td><td>at least 60% Kurang; at least 10% Butuh Perbaikan; at most 10% Sangat
 *       Baik</td></tr>
 *   <tr><td>Sangat Kurang</td><td>at least 60% Sangat Kurang; at least 10% Kurang or Butuh
 *       Perbaikan; no Sangat Baik</td></tr>
 * </table>
 *
 * <p>A share is the number of the unit's employees with the predikat concerned divided by the
 * number of its rated employees, that is the sum of all the counts given to {@link #check}.
 * Employees not yet rated are not counted. Shares are compared exactly, in whole numbers (count ×
 * 100 against limit × total), never rounded: in a unit of 10, 7 Sangat Baik is 70% and allowed, 8
 * is not; in a unit of 3, "at least 10%" asks for one employee. An empty unit breaks nothing.
 */
public final class DistributionRule {

  private final UnitResult unitResult;
  private final List<CurveLimit> limits;

  private DistributionRule(UnitResult unitResult, List<CurveLimit> limits) {
    this.unitResult = unitResult;
    this.limits = List.copyOf(limits);
  }

  /** The curve a unit with this result must follow. */
  public static DistributionRule forUnitResult(UnitResult unitResult) {
    Objects.requireNonNull(unitResult, "unitResult");
    return switch (unitResult) {
      case ISTIMEWA -> new DistributionRule(unitResult, List.of(atMost(70, SANGAT_BAIK)));
      case BAIK ->
          new DistributionRule(
              unitResult, List.of(atMost(70, BAIK), atLeastOne(BUTUH_PERBAIKAN, KURANG)));
      case BUTUH_PERBAIKAN ->
          new DistributionRule(
              unitResult, List.of(atLeast(60, BUTUH_PERBAIKAN), atMost(10, SANGAT_BAIK)));
      case KURANG ->
          new DistributionRule(
              unitResult,
              List.of(atLeast(60, KURANG), atLeast(10, BUTUH_PERBAIKAN), atMost(10, SANGAT_BAIK)));
      case SANGAT_KURANG ->
          new DistributionRule(
              unitResult,
              List.of(
                  atLeast(60, SANGAT_KURANG),
                  atLeast(10, KURANG, BUTUH_PERBAIKAN),
                  noneAllowed(SANGAT_BAIK)));
    };
  }

  /** The unit result that sets this curve. */
  public UnitResult unitResult() {
    return unitResult;
  }

  /** The limits of this curve, in the order of the national table. */
  public List<CurveLimit> limits() {
    return limits;
  }

  /**
   * Every limit the unit breaks, in the order of {@link #limits()}; empty when the unit follows its
   * curve.
   *
   * @param counts how many of the unit's rated employees have each predikat; a missing predikat
   *     counts as none
   * @throws IllegalArgumentException if a count is negative or null
   */
  public List<CurveBreach> check(Map<Predicate, Integer> counts) {
    Objects.requireNonNull(counts, "counts");
    long total = 0;
    for (Map.Entry<Predicate, Integer> entry : counts.entrySet()) {
      Objects.requireNonNull(entry.getKey(), "predikat");
      total += validCount(entry.getKey(), entry.getValue());
    }
    List<CurveBreach> breaches = new ArrayList<>();
    for (CurveLimit limit : limits) {
      long count = 0;
      for (Predicate predicate : limit.predicates()) {
        count += validCount(predicate, counts.getOrDefault(predicate, 0));
      }
      if (limit.brokenBy(count, total)) {
        breaches.add(CurveBreach.of(limit, Math.toIntExact(count), Math.toIntExact(total)));
      }
    }
    return List.copyOf(breaches);
  }

  private static int validCount(Predicate predicate, Integer count) {
    if (count == null || count < 0) {
      throw new IllegalArgumentException("Invalid count " + count + " for predikat " + predicate);
    }
    return count;
  }

  @Override
  public String toString() {
    return "DistributionRule[" + unitResult + ": " + limits + "]";
  }
}
