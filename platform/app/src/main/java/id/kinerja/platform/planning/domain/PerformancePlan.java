package id.kinerja.platform.planning.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of an employee's SKP for a year. The employee edits a DRAFT or RETURNED version and
 * submits it; only the pejabat penilai (the employee's direct supervisor) approves it or returns it
 * with a reason. An approved version is never edited: {@link #revise} copies it into a new draft,
 * and the approved one stays in force until the new one is approved, when it becomes SUPERSEDED.
 */
@Entity
@Table(name = "performance_plan")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class PerformancePlan extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Column(nullable = false)
  private int year;

  @Column(name = "plan_version", nullable = false)
  private int planVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status;

  @Column(name = "return_reason")
  private String returnReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approved_by_id")
  private Employee approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_of_id")
  private PerformancePlan revisionOf;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PlannedResult> results = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SpecialExpectation> expectations = new ArrayList<>();

  protected PerformancePlan() {}

  /** The first version of the employee's plan for the year: an empty draft. */
  public PerformancePlan(Employee employee, int year) {
    this(employee, year, 1, null);
  }

  private PerformancePlan(
      Employee employee, int year, int planVersion, PerformancePlan revisionOf) {
    this.employee = employee;
    this.year = year;
    this.planVersion = planVersion;
    this.revisionOf = revisionOf;
    this.status = PlanStatus.DRAFT;
  }

  public Employee getEmployee() {
    return employee;
  }

  public int getYear() {
    return year;
  }

  /** 1 for the first plan of the year, one more for each revision. */
  public int getPlanVersion() {
    return planVersion;
  }

  public PlanStatus getStatus() {
    return status;
  }

  /** Why the pejabat penilai returned the plan; null unless returned. */
  public String getReturnReason() {
    return returnReason;
  }

  public Employee getApprovedBy() {
    return approvedBy;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  /** The approved version this one revises, or null for the first version. */
  public PerformancePlan getRevisionOf() {
    return revisionOf;
  }

  public List<PlannedResult> getResults() {
    return Collections.unmodifiableList(results);
  }

  public List<SpecialExpectation> getExpectations() {
    return Collections.unmodifiableList(expectations);
  }

  /** The special expectation for a core value, if the pejabat penilai set one. */
  public Optional<SpecialExpectation> expectation(CoreValue value) {
    return expectations.stream().filter(e -> e.getCoreValue() == value).findFirst();
  }

  /** Whether the employee heads the tree: no supervisor, so no RHK to support. */
  public boolean isTopOfTree() {
    return employee.getSupervisor() == null;
  }

  // ---- the employee's edits ----

  /**
   * Adds an RHK.
   *
   * @param supports the supervisor's RHK it supports: required for UTAMA unless the employee heads
   *     the tree; when given, it must be in the supervisor's approved plan of the same year
   */
  public PlannedResult addResult(ResultKind kind, String text, PlannedResult supports) {
    PlanWorkflow.requireEditable(status);
    PlanContent.checkResult(this, kind, text, supports);
    PlannedResult result = new PlannedResult(this, kind, text.strip(), supports, null);
    results.add(result);
    return result;
  }

  /** Changes an RHK of this plan, with the same rules as {@link #addResult}. */
  public void updateResult(
      PlannedResult result, ResultKind kind, String text, PlannedResult supports) {
    requireEditable(result);
    PlanContent.checkResult(this, kind, text, supports);
    result.change(kind, text.strip(), supports);
  }

  /** Removes an RHK of this plan with its indicators. */
  public void removeResult(PlannedResult result) {
    requireEditable(result);
    results.remove(result);
  }

  /**
   * Adds an IKI to an RHK of this plan.
   *
   * @param targets the target per period number, 1 to {@code periods}
   * @param periods the number of periods in the region's year (12 monthly, 4 quarterly)
   */
  public Indicator addIndicator(
      PlannedResult result,
      String text,
      Aspect aspect,
      String unit,
      Map<Integer, String> targets,
      int periods) {
    requireEditable(result);
    PlanContent.checkIndicator(text, aspect, targets, periods);
    return result.addIndicator(text.strip(), aspect, PlanContent.blankToNull(unit), targets);
  }

  /** Changes an IKI of this plan, with the same rules as {@link #addIndicator}. */
  public void updateIndicator(
      Indicator indicator,
      String text,
      Aspect aspect,
      String unit,
      Map<Integer, String> targets,
      int periods) {
    requireEditable(indicator.getResult());
    PlanContent.checkIndicator(text, aspect, targets, periods);
    indicator.change(text.strip(), aspect, PlanContent.blankToNull(unit), targets);
  }

  /** Removes an IKI of this plan. */
  public void removeIndicator(Indicator indicator) {
    requireEditable(indicator.getResult());
    indicator.getResult().removeIndicator(indicator);
  }

  // ---- the workflow ----

  /**
   * Submits the plan to the pejabat penilai: only its employee, only from DRAFT or RETURNED, with
   * at least one UTAMA RHK, each with at least one IKI that has a target.
   */
  public void submit(Employee by) {
    PlanWorkflow.requireSubmitter(this, by);
    PlanWorkflow.requireEditable(status);
    PlanContent.checkSubmittable(this);
    status = PlanStatus.SUBMITTED;
  }

  /**
   * Approves the submitted plan. Only the employee's direct supervisor may; for the head of the
   * tree, who has no supervisor in the region's data (appraised by the kepala daerah), the region's
   * pengelola kinerja records the approval. The version this one revises becomes SUPERSEDED.
   */
  public void approve(Employee by, boolean byAdmin, OffsetDateTime at) {
    requireAppraiser(by, byAdmin);
    PlanWorkflow.requireSubmitted(status);
    status = PlanStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
    returnReason = null;
    if (revisionOf != null && revisionOf.getStatus() == PlanStatus.APPROVED) {
      revisionOf.supersede();
    }
  }

  /** Returns the submitted plan to the employee with a non-blank reason; same approver rule. */
  public void returnPlan(Employee by, boolean byAdmin, String reason) {
    requireAppraiser(by, byAdmin);
    PlanWorkflow.requireSubmitted(status);
    PlanContent.requireReturnReason(reason);
    status = PlanStatus.RETURNED;
    returnReason = reason.strip();
  }

  /**
   * Sets, changes or (with a blank text) removes the pejabat penilai's special expectation for a
   * core value: only the direct supervisor (or the admin for the head of the tree), while the plan
   * is not yet approved (DRAFT, RETURNED or SUBMITTED).
   */
  public void setSpecialExpectation(Employee by, boolean byAdmin, CoreValue value, String text) {
    requireAppraiser(by, byAdmin);
    PlanWorkflow.requireNotApproved(status);
    PlanContent.requireCoreValue(value);
    PlanContent.putExpectation(this, expectations, value, text);
  }

  /**
   * A new DRAFT version copied from this approved one, for its employee to change; this one stays
   * in force until the new one is approved.
   */
  public PerformancePlan revise(Employee by) {
    PlanWorkflow.requireReviser(this, by);
    PlanWorkflow.requireRevisable(status);
    PerformancePlan copy = new PerformancePlan(employee, year, planVersion + 1, this);
    results.forEach(r -> copy.results.add(r.copyFor(copy)));
    expectations.forEach(e -> copy.expectations.add(e.copyFor(copy)));
    return copy;
  }

  /** Marks this approved version as replaced by a newer approved one. */
  void supersede() {
    status = PlanStatus.SUPERSEDED;
  }

  // ---- who may act ----

  /**
   * Whether {@code person} may approve or return this plan, or set its expectations: the employee's
   * pejabat penilai ({@link Employee#isAppraisedBy}).
   */
  public boolean isAppraisedBy(Employee person, boolean personIsAdmin) {
    return employee.isAppraisedBy(person, personIsAdmin);
  }

  /** Whether {@code person} may read this plan: its employee or their pejabat penilai. */
  public boolean isReadableBy(Employee person, boolean personIsAdmin) {
    return Employee.same(person, employee) || isAppraisedBy(person, personIsAdmin);
  }

  /** Refuses anybody but the plan's own employee, who alone edits it. */
  public void requireOwner(Employee person) {
    PlanWorkflow.requireOwner(this, person);
  }

  /** Refuses anybody who may not read this plan ({@link #isReadableBy}). */
  public void requireReader(Employee person, boolean personIsAdmin) {
    PlanWorkflow.requireReader(this, person, personIsAdmin);
  }

  /** Refuses anybody but the plan's pejabat penilai ({@link #isAppraisedBy}). */
  public void requireAppraiser(Employee by, boolean byAdmin) {
    PlanWorkflow.requireAppraiser(this, by, byAdmin);
  }

  /** Refuses a change to {@code result} unless the plan is editable and the result is its own. */
  private void requireEditable(PlannedResult result) {
    PlanWorkflow.requireEditable(status);
    PlanContent.requireOwn(this, result);
  }
}
