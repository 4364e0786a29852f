package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the current region's employees and units. Paging and search run in the database. */
@ApplicationScoped
@Transactional
public class EmployeeDirectory {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE = 200;

  @Inject Employees employees;
  @Inject OrgUnits units;

  /** The employee with this NIP in the current region. */
  public Optional<EmployeeSummary> byNip(String nip) {
    return employees.summaryOf(nip);
  }

  /** The employees the employee with this NIP appraises directly, by name. */
  public List<EmployeeSummary> directReports(String nip) {
    return employees.appraisedBy(nip);
  }

  /** One page of the employees whose name or NIP contains {@code query} (all if blank), by name. */
  public List<EmployeeSummary> search(String query, int offset, int limit) {
    return employees.search(query, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
  }

  /** How many employees {@link #search} finds in all. */
  public long count(String query) {
    return employees.count(query);
  }

  /** Every unit with the number of employees placed in it, parents before children. */
  public List<UnitNode> units() {
    Map<Long, Long> counts = employees.headcountByUnit();
    return units.all().stream()
        .map(
            u ->
                new UnitNode(
                    u.getId(),
                    u.getParent() == null ? null : u.getParent().getId(),
                    u.getCode(),
                    u.getName(),
                    counts.getOrDefault(u.getId(), 0L)))
        .toList();
  }

  /**
   * The employees without a pejabat penilai, by name, except the region's top official: of those
   * without a supervisor, the one whose unit is nearest the root unit (then the one with the most
   * direct reports, then the oldest record). Every other one is a problem the admin must solve.
   */
  public List<EmployeeSummary> problems() {
    List<EmployeeSummary> orphans = employees.withoutAppraiser();
    if (orphans.isEmpty()) {
      return orphans;
    }
    Map<Long, Long> parents = units.parents();
    Map<Long, Long> unitOf = employees.unitsOfThoseWithoutAppraiser();
    Map<Long, Long> reports = employees.reportsOfThoseWithoutAppraiser();
    EmployeeSummary top =
        orphans.stream()
            .min(
                Comparator.<EmployeeSummary>comparingInt(e -> depth(unitOf.get(e.id()), parents))
                    .thenComparing(e -> -reports.getOrDefault(e.id(), 0L))
                    .thenComparingLong(EmployeeSummary::id))
            .orElseThrow();
    return orphans.stream().filter(e -> e.id() != top.id()).toList();
  }

  /**
   * Sets or clears an employee's pejabat penilai.
   *
   * @param employeeNip the employee
   * @param supervisorNip the new supervisor, or blank for none
   * @param expectedVersion the employee's version the caller last saw
   * @return the employee as now saved
   * @throws RuleViolation if the employee is not in the region (not found), the supervisor is
   *     unknown or may not appraise the employee ({@link Employee#checkAppraiser}: invalid), or the
   *     employee changed since (conflict)
   */
  public EmployeeSummary changeSupervisor(
      String employeeNip, String supervisorNip, long expectedVersion) {
    Employee employee = employee(employeeNip).orElseThrow(RuleViolation::notFound);
    Employee supervisor = supervisor(supervisorNip);
    employee.checkAppraiser(supervisor);
    if (employee.getVersion() != expectedVersion) {
      throw RuleViolation.concurrentChange();
    }
    employee.setSupervisor(supervisor);
    employees.flush();
    return byNip(employeeNip).orElseThrow();
  }

  /** The region's employee with this NIP; {@code null} for a blank one; refused if unknown. */
  private Employee supervisor(String supervisorNip) {
    String target = supervisorNip == null ? "" : supervisorNip.strip();
    if (target.isEmpty()) {
      return null;
    }
    return employee(target)
        .orElseThrow(
            () ->
                new RuleViolation(
                    RuleViolation.Kind.INVALID,
                    "Atasan dengan NIP " + target + " tidak ada di daerah ini.",
                    "No supervisor with NIP " + target + " in this region."));
  }

  private Optional<Employee> employee(String nip) {
    return employees.byNip(nip);
  }

  private static int depth(Long unit, Map<Long, Long> parents) {
    int depth = 0;
    for (Long u = unit; u != null && depth <= parents.size(); u = parents.get(u)) {
      depth++;
    }
    return depth;
  }
}
