package id.kinerja.platform.dashboard.service;

import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of the dashboards, for the current region. */
@ApplicationScoped
@Transactional
public class DashboardService {

  @Inject TenantEntityManager entityManager;
  @Inject Actor actor;

  /**
   * SKP completion of the year per unit, units without employees left out, lowest approved share
   * first so that the units needing attention lead. An employee counts by their most advanced SKP
   * version: approved, else submitted, else drafting.
   */
  public List<UnitProgress> planCompletion(int year) {
    Map<Long, PlanStatus> best = new HashMap<>();
    List<Object[]> plans =
        entityManager
            .get()
            .createQuery(
                "select e.id, p.status from PerformancePlan p join p.employee e where p.year = :y",
                Object[].class)
            .setParameter("y", year)
            .getResultList();
    for (Object[] row : plans) {
      best.merge((Long) row[0], (PlanStatus) row[1], DashboardService::moreAdvanced);
    }
    List<Object[]> employees =
        entityManager
            .get()
            .createQuery("select u.id, u.name, e.id from Employee e join e.unit u", Object[].class)
            .getResultList();
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (Object[] row : employees) {
      long unit = (Long) row[0];
      names.put(unit, (String) row[1]);
      int[] c = counts.computeIfAbsent(unit, k -> new int[4]);
      c[0]++;
      PlanStatus status = best.get((Long) row[2]);
      if (status == PlanStatus.APPROVED || status == PlanStatus.SUPERSEDED) {
        c[1]++;
      } else if (status == PlanStatus.SUBMITTED) {
        c[2]++;
      } else if (status != null) {
        c[3]++;
      }
    }
    return counts.entrySet().stream()
        .map(
            e ->
                new UnitProgress(
                    e.getKey(),
                    names.get(e.getKey()),
                    e.getValue()[0],
                    e.getValue()[1],
                    e.getValue()[2],
                    e.getValue()[3]))
        .sorted(
            Comparator.comparingInt(UnitProgress::approvedPercent)
                .thenComparing(UnitProgress::unitName))
        .toList();
  }

  /**
   * The predikat of the year's published periodic ratings per unit, by unit name; drafts are not
   * counted, ratings under objection are (with their current predikat).
   */
  public List<UnitPredicates> predicateDistribution(int year) {
    Map<String, Map<Predicate, Integer>> units = new TreeMap<>();
    entityManager
        .get()
        .createQuery(
            "select u.name, r.predicate, count(r) from PeriodRating r join r.employee e"
                + " join e.unit u join r.period p where p.year = :y and r.status <> :draft"
                + " group by u.name, r.predicate",
            Object[].class)
        .setParameter("y", year)
        .setParameter("draft", RatingStatus.DRAFT)
        .getResultList()
        .forEach(
            row ->
                units
                    .computeIfAbsent((String) row[0], k -> new EnumMap<>(Predicate.class))
                    .put((Predicate) row[1], ((Number) row[2]).intValue()));
    return units.entrySet().stream()
        .map(e -> new UnitPredicates(e.getKey(), Map.copyOf(e.getValue())))
        .toList();
  }

  /** The caller's direct reports with their SKP status of the year, by name. */
  public List<MemberProgress> teamProgress(int year) {
    String appraiserNip = actor.nip();
    Map<Long, PlanStatus> best = new HashMap<>();
    entityManager
        .get()
        .createQuery(
            "select e.id, p.status from PerformancePlan p join p.employee e join e.supervisor s"
                + " where s.nip = :nip and p.year = :y",
            Object[].class)
        .setParameter("nip", appraiserNip)
        .setParameter("y", year)
        .getResultList()
        .forEach(
            row -> best.merge((Long) row[0], (PlanStatus) row[1], DashboardService::moreAdvanced));
    return entityManager
        .get()
        .createQuery(
            "select e from Employee e join e.supervisor s where s.nip = :nip order by e.name",
            Employee.class)
        .setParameter("nip", appraiserNip)
        .getResultList()
        .stream()
        .map(e -> new MemberProgress(e.getNip().value(), e.getName(), best.get(e.getId())))
        .toList();
  }

  /** Approved (or once approved) beats submitted beats drafting. */
  private static PlanStatus moreAdvanced(PlanStatus a, PlanStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(PlanStatus status) {
    return switch (status) {
      case APPROVED, SUPERSEDED -> 3;
      case SUBMITTED -> 2;
      case DRAFT, RETURNED -> 1;
    };
  }
}
