package id.kinerja.platform.planning.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanRuleViolation;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The SKP planning workflow of the current region. Every method takes the acting person's NIP (the
 * REST and UI layers pass the authenticated caller's), so that rules about who may do what are
 * checked here. Every change is recorded in the audit trail in the same transaction; changes name
 * the optimistic-locking version the caller last saw.
 */
@ApplicationScoped
@Transactional
public class PlanService {

  /** The audit trail's name for a plan. */
  public static final String AUDIT_ENTITY = "performance_plan";

  /** The first year a plan may be made for. */
  public static final int FIRST_YEAR = 2020;

  /** The last year a plan may be made for. */
  public static final int LAST_YEAR = 2100;

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;
  @Inject AuditTrail audit;
  @Inject NotificationService notifications;

  // ---- reading ----

  /**
   * The caller's working plan for the year: the latest version, which may be a draft revising the
   * approved one in force. Creates an empty draft if the caller has none.
   */
  public PlanView myPlan(String actorNip, int year) {
    checkYear(year);
    Employee me = employee(actorNip);
    Optional<PerformancePlan> latest = latest(me, year);
    if (latest.isPresent()) {
      return PlanView.of(latest.get());
    }
    PerformancePlan plan = new PerformancePlan(me, year);
    em().persist(plan);
    flush();
    PlanView created = PlanView.of(plan);
    audit.record(AUDIT_ENTITY, String.valueOf(plan.getId()), "create", null, created);
    return created;
  }

  /** The caller's approved plan in force for the year, if any. */
  public Optional<PlanView> planInForce(String actorNip, int year) {
    Employee me = employee(actorNip);
    return em().createQuery(
            "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                + " and p.status = :s",
            PerformancePlan.class)
        .setParameter("e", me)
        .setParameter("y", year)
        .setParameter("s", PlanStatus.APPROVED)
        .getResultStream()
        .findFirst()
        .map(PlanView::of);
  }

  /** A plan, for its employee or their pejabat penilai (or the admin for the head of the tree). */
  public PlanView plan(Actor actor, long planId) {
    PerformancePlan plan = find(planId);
    Employee me = employee(actor.nip());
    if (!me.getId().equals(plan.getEmployee().getId()) && !plan.isAppraiser(me, actor.admin())) {
      throw forbidden();
    }
    return PlanView.of(plan);
  }

  /** The RHK of the caller's supervisor's approved plan of the year: what an RHK may support. */
  public List<PlanView.ResultView> supportableResults(String actorNip, int year) {
    Employee supervisor = employee(actorNip).getSupervisor();
    if (supervisor == null) {
      return List.of();
    }
    return em().createQuery(
            "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                + " and p.status = :s",
            PerformancePlan.class)
        .setParameter("e", supervisor)
        .setParameter("y", year)
        .setParameter("s", PlanStatus.APPROVED)
        .getResultStream()
        .findFirst()
        .map(p -> PlanView.of(p).results())
        .orElse(List.of());
  }

  /**
   * The SUBMITTED plans the caller is to review: those of direct reports, and for the admin also
   * those of the head of the tree.
   */
  public List<PlanSummary> plansToReview(Actor actor) {
    List<PerformancePlan> plans =
        new ArrayList<>(
            em().createQuery(
                    "select p from PerformancePlan p join p.employee e join e.supervisor s"
                        + " where s.nip = :nip and p.status = :st",
                    PerformancePlan.class)
                .setParameter("nip", actor.nip())
                .setParameter("st", PlanStatus.SUBMITTED)
                .getResultList());
    if (actor.admin()) {
      plans.addAll(
          em().createQuery(
                  "select p from PerformancePlan p join p.employee e left join e.supervisor s"
                      + " where s.id is null and p.status = :st and e.nip <> :nip",
                  PerformancePlan.class)
              .setParameter("st", PlanStatus.SUBMITTED)
              .setParameter("nip", actor.nip())
              .getResultList());
    }
    return plans.stream()
        .sorted(
            Comparator.comparing((PerformancePlan p) -> p.getEmployee().getName())
                .thenComparing(PerformancePlan::getYear))
        .map(PlanService::summary)
        .toList();
  }

  /**
   * The region's approved RHK of the year as a tree along the supports links, from the head of the
   * region down. A link to an RHK of a superseded version follows it to its copy now in force; an
   * RHK whose supported RHK is no longer in force is shown as a root.
   */
  public List<CascadeNode> cascadeTree(int year) {
    List<PlannedResult> approved =
        em().createQuery(
                "select r from PlannedResult r join r.plan p where p.year = :y and p.status = :s",
                PlannedResult.class)
            .setParameter("y", year)
            .setParameter("s", PlanStatus.APPROVED)
            .getResultList();
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

  // ---- the employee's edits ----

  /** Adds an RHK to the caller's editable plan. */
  public PlanView addResult(String actorNip, long planId, long version, ResultInput input) {
    PlannedResult supports = supports(input.supportsId());
    return ownChange(
        actorNip,
        planId,
        version,
        "add_result",
        plan -> plan.addResult(input.kind(), input.text(), supports));
  }

  /** Changes an RHK of the caller's editable plan. */
  public PlanView updateResult(
      String actorNip, long planId, long version, long resultId, ResultInput input) {
    PlannedResult supports = supports(input.supportsId());
    return ownChange(
        actorNip,
        planId,
        version,
        "update_result",
        plan -> plan.updateResult(result(plan, resultId), input.kind(), input.text(), supports));
  }

  /** Removes an RHK (with its IKI) from the caller's editable plan. */
  public PlanView removeResult(String actorNip, long planId, long version, long resultId) {
    return ownChange(
        actorNip,
        planId,
        version,
        "remove_result",
        plan -> plan.removeResult(result(plan, resultId)));
  }

  /** Adds an IKI with its targets to an RHK of the caller's editable plan. */
  public PlanView addIndicator(
      String actorNip, long planId, long version, long resultId, IndicatorInput input) {
    int periods = periods();
    return ownChange(
        actorNip,
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
      String actorNip, long planId, long version, long indicatorId, IndicatorInput input) {
    int periods = periods();
    return ownChange(
        actorNip,
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
  public PlanView removeIndicator(String actorNip, long planId, long version, long indicatorId) {
    return ownChange(
        actorNip,
        planId,
        version,
        "remove_indicator",
        plan -> plan.removeIndicator(indicator(plan, indicatorId)));
  }

  /** Submits the caller's plan to the pejabat penilai. */
  public PlanView submit(String actorNip, long planId, long version) {
    Employee me = employee(actorNip);
    PlanView submitted = change(planId, version, "submit", plan -> plan.submit(me));
    notifyStep(submitted.appraiserNip(), NoticeKind.PLAN_SUBMITTED, submitted, me);
    return submitted;
  }

  /**
   * A new draft version of the caller's approved plan; the approved one stays in force until the
   * new one is approved.
   */
  public PlanView revise(String actorNip, long planId, long version) {
    Employee me = employee(actorNip);
    PerformancePlan approved = find(planId);
    checkVersion(approved, version);
    long newer =
        em().createQuery(
                "select count(p) from PerformancePlan p where p.employee = :e and p.year = :y"
                    + " and p.planVersion > :v",
                Long.class)
            .setParameter("e", approved.getEmployee())
            .setParameter("y", approved.getYear())
            .setParameter("v", approved.getPlanVersion())
            .getSingleResult();
    PerformancePlan copy = rule(() -> approved.revise(me));
    if (newer > 0) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Revisi SKP ini sudah ada; lanjutkan revisi tersebut.",
          "A revision of this plan already exists; continue with it.");
    }
    em().persist(copy);
    flush();
    PlanView view = PlanView.of(copy);
    audit.record(
        AUDIT_ENTITY,
        String.valueOf(copy.getId()),
        "revise",
        Map.of("revisionOf", approved.getId(), "planVersion", approved.getPlanVersion()),
        view);
    return view;
  }

  // ---- the pejabat penilai ----

  /** Approves a submitted plan of one of the caller's direct reports. */
  public PlanView approve(Actor actor, long planId, long version) {
    Employee me = employee(actor.nip());
    PerformancePlan plan = find(planId);
    PerformancePlan previous = plan.getRevisionOf();
    PlanView previousBefore = previous == null ? null : PlanView.of(previous);
    PlanView after =
        change(
            planId,
            version,
            "approve",
            p -> p.approve(me, actor.admin(), OffsetDateTime.now(ZoneOffset.UTC)));
    notifyStep(after.employeeNip(), NoticeKind.PLAN_APPROVED, after, me);
    if (previous != null && previous.getStatus() == PlanStatus.SUPERSEDED) {
      audit.record(
          AUDIT_ENTITY,
          String.valueOf(previous.getId()),
          "supersede",
          previousBefore,
          PlanView.of(previous));
    }
    return after;
  }

  /** Returns a submitted plan of one of the caller's direct reports, with a reason. */
  public PlanView returnPlan(Actor actor, long planId, long version, String reason) {
    Employee me = employee(actor.nip());
    PlanView returned =
        change(planId, version, "return", p -> p.returnPlan(me, actor.admin(), reason));
    notifyStep(returned.employeeNip(), NoticeKind.PLAN_RETURNED, returned, me);
    return returned;
  }

  /** Sets (or, with a blank text, removes) the special expectation for a core value. */
  public PlanView setSpecialExpectation(
      Actor actor, long planId, long version, CoreValue value, String text) {
    Employee me = employee(actor.nip());
    return change(
        planId,
        version,
        "set_expectation",
        p -> p.setSpecialExpectation(me, actor.admin(), value, text));
  }

  // ---- helpers ----

  /** Notifies {@code recipientNip} (none at the top of the tree) of a step by {@code actor}. */
  private void notifyStep(String recipientNip, NoticeKind kind, PlanView plan, Employee actor) {
    if (recipientNip != null) {
      notifications.notify(
          recipientNip,
          kind,
          Map.of(
              "employee", plan.employeeName(),
              "appraiser", actor.getName(),
              "year", String.valueOf(plan.year()),
              "reason", Objects.toString(plan.returnReason(), "")));
    }
  }

  private PlanView ownChange(
      String actorNip, long planId, long version, String action, Consumer<PerformancePlan> edit) {
    Employee me = employee(actorNip);
    PerformancePlan plan = find(planId);
    if (!me.getId().equals(plan.getEmployee().getId())) {
      throw forbidden();
    }
    return change(planId, version, action, edit);
  }

  private PlanView change(
      long planId, long version, String action, Consumer<PerformancePlan> edit) {
    PerformancePlan plan = find(planId);
    checkVersion(plan, version);
    PlanView before = PlanView.of(plan);
    rule(
        () -> {
          edit.accept(plan);
          return null;
        });
    em().lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flush();
    PlanView after = PlanView.of(plan);
    audit.record(AUDIT_ENTITY, String.valueOf(plan.getId()), action, before, after);
    return after;
  }

  private static <T> T rule(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (PlanRuleViolation v) {
      RuleViolation.Kind kind =
          switch (v.kind()) {
            case INVALID -> RuleViolation.Kind.INVALID;
            case STATE -> RuleViolation.Kind.CONFLICT;
            case FORBIDDEN -> RuleViolation.Kind.FORBIDDEN;
          };
      throw new RuleViolation(kind, v.messageId(), v.messageEn());
    }
  }

  private PerformancePlan find(long planId) {
    PerformancePlan plan = em().find(PerformancePlan.class, planId);
    if (plan == null) {
      throw RuleViolation.notFound();
    }
    return plan;
  }

  private static void checkVersion(PerformancePlan plan, long version) {
    if (plan.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
  }

  private void flush() {
    Records.flush(em());
  }

  private Optional<PerformancePlan> latest(Employee employee, int year) {
    return em().createQuery(
            "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                + " order by p.planVersion desc",
            PerformancePlan.class)
        .setParameter("e", employee)
        .setParameter("y", year)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Employee employee(String nip) {
    return Employees.byNip(em(), nip).orElseThrow(PlanService::forbidden);
  }

  private PlannedResult supports(Long id) {
    if (id == null) {
      return null;
    }
    PlannedResult supports = em().find(PlannedResult.class, id);
    if (supports == null) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "RHK atasan yang didukung tidak ditemukan.",
          "The supervisor's result to support was not found.");
    }
    return supports;
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

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas SKP ini.",
        "You are not allowed to act on this plan.");
  }

  private static PlanSummary summary(PerformancePlan p) {
    return new PlanSummary(
        p.getId(),
        p.getEmployee().getNip().value(),
        p.getEmployee().getName(),
        p.getYear(),
        p.getPlanVersion(),
        p.getStatus(),
        p.getVersion());
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

  private EntityManager em() {
    return entityManager.get();
  }
}
