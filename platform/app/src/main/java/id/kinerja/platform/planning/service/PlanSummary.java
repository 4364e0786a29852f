package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.PlanStatus;

/** A plan in a list: whose, which year and version, in which status. */
public record PlanSummary(
    long id,
    String employeeNip,
    String employeeName,
    int year,
    int planVersion,
    PlanStatus status,
    long version) {}
