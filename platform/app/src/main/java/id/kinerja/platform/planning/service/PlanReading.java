package id.kinerja.platform.planning.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.security.service.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading SKP in the current region: a plan for those who may read it ({@link
 * PerformancePlan#isReadableBy}), the acting employee's plan in force and what their RHK may
 * support, and the region's cascade of approved RHK.
 */
@ApplicationScoped
@Transactional
public class PlanReading {

  @Inject Actor actor;
  @Inject PerformancePlans plans;
  @Inject PlanChanges changes;

  /** The caller's approved plan in force for the year, if any. */
  public Optional<PlanView> planInForce(int year) {
    return plans.inForce(changes.acting(), year).map(PlanView::of);
  }

  /** A plan, for its employee or their pejabat penilai (or the admin for the head of the tree). */
  public PlanView plan(long planId) {
    Employee me = changes.acting();
    PerformancePlan plan = plans.find(planId);
    plan.requireReader(me, actor.isAdmin());
    return PlanView.of(plan);
  }

  /** The RHK of the caller's supervisor's approved plan of the year: what an RHK may support. */
  public List<PlanView.ResultView> supportableResults(int year) {
    Employee supervisor = changes.acting().getSupervisor();
    if (supervisor == null) {
      return List.of();
    }
    return plans.inForce(supervisor, year).map(p -> PlanView.of(p).results()).orElse(List.of());
  }

  /**
   * The region's approved RHK of the year as a tree along the supports links, from the head of the
   * region down. A link to an RHK of a superseded version follows it to its copy now in force; an
   * RHK whose supported RHK is no longer in force is shown as a root.
   */
  public List<CascadeNode> cascadeTree(int year) {
    List<PlannedResult> approved = plans.approvedResults(year);
    Map<Long, PlannedResult> byLineage = new HashMap<>();
    approved.forEach(r -> byLineage.put(r.lineage(), r));
    Map<Long, List<PlannedResult>> children = new HashMap<>();
    List<PlannedResult> roots = new ArrayList<>();
    for (PlannedResult r : approved) {
      PlannedResult parent =
          r.getSupports() == null ? null : byLineage.get(r.getSupports().lineage());
      if (parent == null) {
        roots.add(r);
      } else {
        children.computeIfAbsent(parent.getId(), k -> new ArrayList<>()).add(r);
      }
    }
    return nodes(roots, children);
  }

  private static List<CascadeNode> nodes(
      List<PlannedResult> results, Map<Long, List<PlannedResult>> children) {
    return results.stream()
        .sorted(
            Comparator.comparing((PlannedResult r) -> r.getPlan().getEmployee().getName())
                .thenComparing(PlannedResult::getId))
        .map(
            r ->
                new CascadeNode(
                    r.getId(),
                    r.getPlan().getEmployee().getNip().value(),
                    r.getPlan().getEmployee().getName(),
                    r.getKind(),
                    r.getText(),
                    nodes(children.getOrDefault(r.getId(), List.of()), children)))
        .toList();
  }
}
