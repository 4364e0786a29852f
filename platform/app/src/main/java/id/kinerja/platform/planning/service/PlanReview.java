package id.kinerja.platform.planning.service;

import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.CoreValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pejabat penilai's side of the SKP workflow in the current region: the plans submitted to the
 * acting person, approving or returning them, and the special expectations per core value. Only the
 * employee's pejabat penilai may ({@link PerformancePlan#requireAppraiser}); that is checked before
 * the plan's status, so nobody else learns it.
 */
@ApplicationScoped
@Transactional
public class PlanReview {

  @Inject Actor actor;
  @Inject PerformancePlans plans;
  @Inject PlanChanges changes;
  @Inject Clock clock;

  /**
   * The SUBMITTED plans the caller is to review: those of direct reports, and for the admin also
   * those of the head of the tree.
   */
  public List<PlanSummary> plansToReview() {
    List<PerformancePlan> submitted = new ArrayList<>(plans.submittedByReportsOf(actor.nip()));
    if (actor.isAdmin()) {
      submitted.addAll(plans.submittedByHeadsOtherThan(actor.nip()));
    }
    return submitted.stream()
        .sorted(
            Comparator.comparing((PerformancePlan p) -> p.getEmployee().getName())
                .thenComparing(PerformancePlan::getYear))
        .map(PlanSummary::of)
        .toList();
  }

  /** Approves a submitted plan of one of the caller's direct reports. */
  public PlanView approve(long planId, long version) {
    Employee me = changes.acting();
    PerformancePlan previous = plans.find(planId).getRevisionOf();
    PlanView previousBefore = previous == null ? null : PlanView.of(previous);
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    PlanView after =
        appraiserChange(planId, version, "approve", p -> p.approve(me, isAdmin(), now), me);
    changes.notifyStep(after.employeeNip(), NoticeKind.PLAN_APPROVED, after, me);
    if (previous != null && previous.getStatus() == PlanStatus.SUPERSEDED) {
      changes.recordSideEffect(previous, "supersede", previousBefore);
    }
    return after;
  }

  /** Returns a submitted plan of one of the caller's direct reports, with a reason. */
  public PlanView returnPlan(long planId, long version, String reason) {
    Employee me = changes.acting();
    PlanView returned =
        appraiserChange(planId, version, "return", p -> p.returnPlan(me, isAdmin(), reason), me);
    changes.notifyStep(returned.employeeNip(), NoticeKind.PLAN_RETURNED, returned, me);
    return returned;
  }

  /** Sets (or, with a blank text, removes) the special expectation for a core value. */
  public PlanView setSpecialExpectation(long planId, long version, CoreValue value, String text) {
    Employee me = changes.acting();
    return appraiserChange(
        planId,
        version,
        "set_expectation",
        p -> p.setSpecialExpectation(me, isAdmin(), value, text),
        me);
  }

  private PlanView appraiserChange(
      long planId, long version, String action, Consumer<PerformancePlan> edit, Employee me) {
    plans.find(planId).requireAppraiser(me, isAdmin());
    return changes.change(planId, version, action, edit);
  }

  private boolean isAdmin() {
    return actor.isAdmin();
  }
}
