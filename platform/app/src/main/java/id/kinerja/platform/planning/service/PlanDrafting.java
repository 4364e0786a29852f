package id.kinerja.platform.planning.service;

import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The employee's side of the SKP workflow in the current region: the acting employee drafts their
 * own plan (RHK and IKI with targets), submits it to the pejabat penilai, and revises the approved
 * plan in force. Only the plan's own employee may; that is checked before the plan's status.
 */
@ApplicationScoped
@Transactional
public class PlanDrafting {

  /** The first year a plan may be made for. */
  public static final int FIRST_YEAR = 2020;

  /** The last year a plan may be made for. */
  public static final int LAST_YEAR = 2100;

  @Inject PerformancePlans plans;
  @Inject PlanChanges changes;
  @Inject TenantRegistry registry;

  /**
   * The caller's working plan for the year: the latest version, which may be a draft revising the
   * approved one in force. Creates an empty draft if the caller has none.
   */
  public PlanView myPlan(int year) {
    checkYear(year);
    Employee me = changes.acting();
    return plans
        .latestOf(me, year)
        .map(PlanView::of)
        .orElseGet(() -> changes.created(new PerformancePlan(me, year), "create", null));
  }

  /** Adds an RHK to the caller's editable plan. */
  public PlanView addResult(long planId, long version, ResultInput input) {
    PlannedResult supports = supports(input.supportsId());
    return ownChange(
        planId,
        version,
        "add_result",
        plan -> plan.addResult(input.kind(), input.text(), supports));
  }

  /** Changes an RHK of the caller's editable plan. */
  public PlanView updateResult(long planId, long version, long resultId, ResultInput input) {
    PlannedResult supports = supports(input.supportsId());
    return ownChange(
        planId,
        version,
        "update_result",
        plan -> plan.updateResult(result(plan, resultId), input.kind(), input.text(), supports));
  }

  /** Removes an RHK (with its IKI) from the caller's editable plan. */
  public PlanView removeResult(long planId, long version, long resultId) {
    return ownChange(
        planId, version, "remove_result", plan -> plan.removeResult(result(plan, resultId)));
  }

  /** Adds an IKI with its targets to an RHK of the caller's editable plan. */
  public PlanView addIndicator(long planId, long version, long resultId, IndicatorInput input) {
    int periods = periods();
    return ownChange(
        planId,
        version,
        "add_indicator",
        plan ->
            plan.addIndicator(
                result(plan, resultId),
                input.text(),
                input.aspect(),
                input.unit(),
                input.targets(),
                periods));
  }

  /** Changes an IKI of the caller's editable plan. */
  public PlanView updateIndicator(
      long planId, long version, long indicatorId, IndicatorInput input) {
    int periods = periods();
    return ownChange(
        planId,
        version,
        "update_indicator",
        plan ->
            plan.updateIndicator(
                indicator(plan, indicatorId),
                input.text(),
                input.aspect(),
                input.unit(),
                input.targets(),
                periods));
  }

  /** Removes an IKI from the caller's editable plan. */
  public PlanView removeIndicator(long planId, long version, long indicatorId) {
    return ownChange(
        planId,
        version,
        "remove_indicator",
        plan -> plan.removeIndicator(indicator(plan, indicatorId)));
  }

  /** Submits the caller's plan to the pejabat penilai. */
  public PlanView submit(long planId, long version) {
    Employee me = changes.acting();
    plans.find(planId).requireOwner(me);
    PlanView submitted = changes.change(planId, version, "submit", plan -> plan.submit(me));
    changes.notifyStep(submitted.appraiserNip(), NoticeKind.PLAN_SUBMITTED, submitted, me);
    return submitted;
  }

  /**
   * A new draft version of the caller's approved plan; the approved one stays in force until the
   * new one is approved.
   */
  public PlanView revise(long planId, long version) {
    Employee me = changes.acting();
    PerformancePlan approved = plans.find(planId);
    approved.requireOwner(me);
    PlanChanges.checkVersion(approved, version);
    PerformancePlan copy = approved.revise(me);
    if (plans.isRevised(approved)) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Revisi SKP ini sudah ada; lanjutkan revisi tersebut.",
          "A revision of this plan already exists; continue with it.");
    }
    return changes.created(
        copy,
        "revise",
        Map.of("revisionOf", approved.getId(), "planVersion", approved.getPlanVersion()));
  }

  private PlanView ownChange(
      long planId, long version, String action, Consumer<PerformancePlan> edit) {
    plans.find(planId).requireOwner(changes.acting());
    return changes.change(planId, version, action, edit);
  }

  private PlannedResult supports(Long id) {
    if (id == null) {
      return null;
    }
    return plans
        .result(id)
        .orElseThrow(
            () ->
                new RuleViolation(
                    RuleViolation.Kind.INVALID,
                    "RHK atasan yang didukung tidak ditemukan.",
                    "The supervisor's result to support was not found."));
  }

  private static PlannedResult result(PerformancePlan plan, long resultId) {
    return plan.getResults().stream()
        .filter(r -> r.getId() == resultId)
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  private static Indicator indicator(PerformancePlan plan, long indicatorId) {
    return plan.getResults().stream()
        .flatMap(r -> r.getIndicators().stream())
        .filter(i -> i.getId() == indicatorId)
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  /** The number of periods in the region's year: 12 monthly, 4 quarterly. */
  private int periods() {
    return registry.current().evaluationPeriod() == TenantDefinition.EvaluationPeriod.QUARTERLY
        ? 4
        : 12;
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Tahun harus antara " + FIRST_YEAR + " dan " + LAST_YEAR + ".",
          "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
    }
  }
}
