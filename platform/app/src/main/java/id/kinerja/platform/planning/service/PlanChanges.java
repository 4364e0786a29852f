package id.kinerja.platform.planning.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How every change to a plan is made, for {@link PlanDrafting} and {@link PlanReview}: by the
 * acting employee, on the version the caller last saw, recorded in the audit trail in the same
 * transaction, with a notice to whom the step concerns.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanChanges {

  /** The audit trail's name for a plan. */
  public static final String AUDIT_ENTITY = "performance_plan";

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject PerformancePlans plans;
  @Inject AuditTrail audit;
  @Inject NotificationService notifications;

  /** The employee who acts; refused as forbidden when the login names none of the region. */
  public Employee acting() {
    return employees.byNip(actor.nip()).orElseThrow(PlanChanges::notAllowed);
  }

  /**
   * Applies {@code edit} (which checks the domain's rules) to the plan the caller saw at {@code
   * version}, stores it and records {@code action} in the audit trail.
   */
  public PlanView change(long planId, long version, String action, Consumer<PerformancePlan> edit) {
    PerformancePlan plan = plans.find(planId);
    checkVersion(plan, version);
    PlanView before = PlanView.of(plan);
    edit.accept(plan);
    plans.storeChange(plan);
    PlanView after = PlanView.of(plan);
    audit.record(AUDIT_ENTITY, String.valueOf(plan.getId()), action, before, after);
    return after;
  }

  /** Stores a new version of a plan and records {@code action} with {@code before}. */
  public PlanView created(PerformancePlan plan, String action, Object before) {
    plans.store(plan);
    PlanView view = PlanView.of(plan);
    audit.record(AUDIT_ENTITY, String.valueOf(plan.getId()), action, before, view);
    return view;
  }

  /** Records a change the domain made to another version as a side effect of a step. */
  public void recordSideEffect(PerformancePlan plan, String action, PlanView before) {
    audit.record(AUDIT_ENTITY, String.valueOf(plan.getId()), action, before, PlanView.of(plan));
  }

  /** Notifies {@code recipientNip} (none at the top of the tree) of a step by {@code by}. */
  public void notifyStep(String recipientNip, NoticeKind kind, PlanView plan, Employee by) {
    if (recipientNip != null) {
      notifications.notify(
          recipientNip,
          kind,
          Map.of(
              "employee", plan.employeeName(),
              "appraiser", by.getName(),
              "year", String.valueOf(plan.year()),
              "reason", Objects.toString(plan.returnReason(), "")));
    }
  }

  /** Refuses a change to a plan that changed since the caller read it. */
  public static void checkVersion(PerformancePlan plan, long version) {
    if (plan.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
  }

  static RuleViolation notAllowed() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas SKP ini.",
        "You are not allowed to act on this plan.");
  }
}
