package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.domain.SpecialExpectation;
import id.kinerja.platform.shared.domain.CoreValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What views, the API and the audit trail show of one version of a plan.
 *
 * @param id the plan version's id
 * @param employeeNip the employee's NIP
 * @param employeeName the employee's name
 * @param appraiserNip the pejabat penilai's NIP, null at the top of the tree
 * @param year the performance year
 * @param planVersion 1, 2, … for each revision
 * @param status the workflow status
 * @param returnReason why it was returned, if returned
 * @param approvedByNip who approved it, if approved
 * @param approvedAt when it was approved
 * @param results the RHK with their IKI
 * @param expectations the special expectations per core value
 * @param version the optimistic-locking version to send back with a change
 */
public record PlanView(
    long id,
    String employeeNip,
    String employeeName,
    String appraiserNip,
    int year,
    int planVersion,
    PlanStatus status,
    String returnReason,
    String approvedByNip,
    OffsetDateTime approvedAt,
    List<ResultView> results,
    List<ExpectationView> expectations,
    long version) {

  /** An RHK; {@code supportsId} and {@code supportsText} name the supervisor's RHK it supports. */
  public record ResultView(
      long id,
      ResultKind kind,
      String text,
      Long supportsId,
      String supportsText,
      List<IndicatorView> indicators,
      long version) {}

  /** An IKI with its targets by period number. */
  public record IndicatorView(
      long id, String text, Aspect aspect, String unit, Map<Integer, String> targets) {}

  /** A special expectation of the pejabat penilai. */
  public record ExpectationView(CoreValue coreValue, String text) {}

  /** Whether the employee may still edit it. */
  public boolean editable() {
    return status.isEditable();
  }

  static PlanView of(PerformancePlan plan) {
    var supervisor = plan.getEmployee().getSupervisor();
    return new PlanView(
        plan.getId(),
        plan.getEmployee().getNip().value(),
        plan.getEmployee().getName(),
        supervisor == null ? null : supervisor.getNip().value(),
        plan.getYear(),
        plan.getPlanVersion(),
        plan.getStatus(),
        plan.getReturnReason(),
        plan.getApprovedBy() == null ? null : plan.getApprovedBy().getNip().value(),
        plan.getApprovedAt(),
        plan.getResults().stream().map(PlanView::result).toList(),
        plan.getExpectations().stream().map(PlanView::expectation).toList(),
        plan.getVersion());
  }

  private static ResultView result(PlannedResult r) {
    PlannedResult s = r.getSupports();
    return new ResultView(
        r.getId(),
        r.getKind(),
        r.getText(),
        s == null ? null : s.getId(),
        s == null ? null : s.getText(),
        r.getIndicators().stream().map(PlanView::indicator).toList(),
        r.getVersion());
  }

  private static IndicatorView indicator(Indicator i) {
    return new IndicatorView(i.getId(), i.getText(), i.getAspect(), i.getUnit(), i.targetMap());
  }

  private static ExpectationView expectation(SpecialExpectation e) {
    return new ExpectationView(e.getCoreValue(), e.getText());
  }
}
