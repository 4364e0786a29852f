package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanStatus;

/** A plan in a list: whose, which year and version, in which status. */
public record PlanSummary(
    long id,
    String employeeNip,
    String employeeName,
    int year,
    int planVersion,
    PlanStatus status,
    long version) {

  /** The summary of a plan. */
  public static PlanSummary of(PerformancePlan p) {
    return new PlanSummary(
        p.getId(),
        p.getEmployee().getNip().value(),
        p.getEmployee().getName(),
        p.getYear(),
        p.getPlanVersion(),
        p.getStatus(),
        p.getVersion());
  }
}
