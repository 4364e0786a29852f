package id.kinerja.platform.calibration.domain;

import id.kinerja.platform.evaluation.domain.CurveBreach;
import id.kinerja.platform.evaluation.domain.DistributionRule;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.UnitResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's distribution curve in a period.
 *
 * <p>The unit's head is the employee of the unit whose pejabat penilai is outside it (or who has
 * none); the head's rating hasil kerja is the unit's result ({@link UnitResult#fromHeadRating}).
 * The curve counts the predikat of the unit's other rated employees: the head is rated within the
 * parent unit. A unit whose head is not rated yet has no result and is not checked.
 *
 * @param unitId the unit
 * @param headId the unit's head, {@code null} if no employee of the unit qualifies
 * @param result the unit's result, {@code null} until the head is rated
 * @param counts the predikat of the unit's rated employees other than the head
 * @param rated how many of them are rated
 * @param breaches the limits broken, empty when the curve holds or the unit has no result
 */
public record UnitCurve(
    long unitId,
    Long headId,
    UnitResult result,
    Map<Predicate, Integer> counts,
    int rated,
    List<CurveBreach> breaches) {

  /**
   * Whether someone may calibrate the unit (see its ratings, justify its breach): the region's
   * admin, the unit's head, and the head's own pejabat penilai, who calibrates across the units
   * whose heads report to them. Nobody but the admin for a unit without a head.
   *
   * @param personId the person's employee id
   * @param headsSupervisorId the head's pejabat penilai, {@code null} at the top or without a head
   * @param personIsAdmin whether the person acts as the region's pengelola kinerja
   */
  public boolean isCalibratedBy(long personId, Long headsSupervisorId, boolean personIsAdmin) {
    if (personIsAdmin) {
      return true;
    }
    return headId != null
        && (headId == personId || (headsSupervisorId != null && headsSupervisorId == personId));
  }

  /** Whether the unit breaks its curve. */
  public boolean broken() {
    return !breaches.isEmpty();
  }

  /**
   * The curve of every unit with employees, by unit id. One pass over the employees, then one check
   * per unit: linear in the number of employees.
   */
  public static Map<Long, UnitCurve> of(Collection<RatedEmployee> employees) {
    Map<Long, Long> unitOf = new HashMap<>(employees.size() * 2);
    for (RatedEmployee e : employees) {
      unitOf.put(e.employeeId(), e.unitId());
    }
    Map<Long, RatedEmployee> heads = new HashMap<>();
    Set<Long> units = new HashSet<>();
    for (RatedEmployee e : employees) {
      units.add(e.unitId());
      Long supervisorUnit = e.supervisorId() == null ? null : unitOf.get(e.supervisorId());
      if (supervisorUnit == null || supervisorUnit != e.unitId()) {
        heads.merge(e.unitId(), e, (a, b) -> a.employeeId() <= b.employeeId() ? a : b);
      }
    }
    Map<Long, EnumMap<Predicate, Integer>> counts = new HashMap<>();
    Map<Long, Integer> rated = new HashMap<>();
    for (RatedEmployee e : employees) {
      RatedEmployee head = heads.get(e.unitId());
      if (!e.rated() || (head != null && head.employeeId() == e.employeeId())) {
        continue;
      }
      counts
          .computeIfAbsent(e.unitId(), k -> new EnumMap<>(Predicate.class))
          .merge(e.predicate(), 1, Integer::sum);
      rated.merge(e.unitId(), 1, Integer::sum);
    }
    Map<Long, UnitCurve> curves = new HashMap<>(units.size() * 2);
    for (Long unit : units) {
      RatedEmployee head = heads.get(unit);
      UnitResult result =
          head == null || head.resultRating() == null
              ? null
              : UnitResult.fromHeadRating(head.resultRating());
      Map<Predicate, Integer> unitCounts =
          Map.copyOf(counts.getOrDefault(unit, new EnumMap<>(Predicate.class)));
      int unitRated = rated.getOrDefault(unit, 0);
      List<CurveBreach> breaches =
          result == null || unitRated == 0
              ? List.of()
              : DistributionRule.forUnitResult(result).check(unitCounts);
      curves.put(
          unit,
          new UnitCurve(
              unit,
              head == null ? null : head.employeeId(),
              result,
              unitCounts,
              unitRated,
              new ArrayList<>(breaches)));
    }
    return curves;
  }
}
