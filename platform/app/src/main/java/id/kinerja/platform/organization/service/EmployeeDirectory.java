package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the current region's employees and units. Paging and search run in the database. */
@ApplicationScoped
@Transactional
public class EmployeeDirectory {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE = 200;

  @Inject TenantEntityManager entityManager;

  /** The employee with this NIP in the current region. */
  public Optional<EmployeeSummary> byNip(String nip) {
    return em().createQuery(EmployeeSummary.SELECT + " where e.nip = :nip", EmployeeSummary.class)
        .setParameter("nip", nip)
        .getResultStream()
        .findFirst();
  }

  /** The employees the employee with this NIP appraises directly, by name. */
  public List<EmployeeSummary> directReports(String nip) {
    return em().createQuery(
            EmployeeSummary.SELECT + " where s.nip = :nip order by e.name", EmployeeSummary.class)
        .setParameter("nip", nip)
        .getResultList();
  }

  /** One page of the employees whose name or NIP contains {@code query} (all if blank), by name. */
  public List<EmployeeSummary> search(String query, int offset, int limit) {
    TypedQuery<EmployeeSummary> select =
        em().createQuery(
                EmployeeSummary.SELECT + where(query) + " order by e.name, e.id",
                EmployeeSummary.class);
    bind(select, query);
    return select
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(0, Math.min(limit, MAX_PAGE)))
        .getResultList();
  }

  /** How many employees {@link #search} finds in all. */
  public long count(String query) {
    TypedQuery<Long> count =
        em().createQuery(
                "select count(e) from Employee e join e.unit u left join e.supervisor s"
                    + where(query),
                Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  /** Every unit with the number of employees placed in it, parents before children. */
  public List<UnitNode> units() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em().createQuery(
                "select e.unit.id, count(e) from Employee e group by e.unit.id", Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return em()
        .createQuery(
            "select u from OrgUnit u left join fetch u.parent order by u.id", OrgUnit.class)
        .getResultList()
        .stream()
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
    List<EmployeeSummary> orphans =
        em().createQuery(
                EmployeeSummary.SELECT + " where s.id is null order by e.name, e.id",
                EmployeeSummary.class)
            .getResultList();
    if (orphans.isEmpty()) {
      return orphans;
    }
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] row :
        em().createQuery("select u.id, p.id from OrgUnit u left join u.parent p", Object[].class)
            .getResultList()) {
      parents.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, Long> unitOf = new HashMap<>();
    for (Object[] row :
        em().createQuery(
                "select e.id, u.id from Employee e join e.unit u left join e.supervisor s"
                    + " where s.id is null",
                Object[].class)
            .getResultList()) {
      unitOf.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, Long> reports = new HashMap<>();
    for (Object[] row :
        em().createQuery(
                "select s.id, count(e) from Employee e join e.supervisor s"
                    + " left join s.supervisor t where t.id is null group by s.id",
                Object[].class)
            .getResultList()) {
      reports.put((Long) row[0], (Long) row[1]);
    }
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
   * @throws RuleViolation if the employee is not in the region (not found), the supervisor is the
   *     employee or unknown or would close a cycle (invalid), or the employee changed since
   *     (conflict)
   */
  public EmployeeSummary changeSupervisor(
      String employeeNip, String supervisorNip, long expectedVersion) {
    String target = supervisorNip == null ? "" : supervisorNip.strip();
    Employee employee = employee(employeeNip).orElseThrow(RuleViolation::notFound);
    if (target.equals(employeeNip)) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Pegawai tidak dapat menjadi atasannya sendiri.",
          "An employee cannot be their own supervisor.");
    }
    Employee supervisor = null;
    if (!target.isEmpty()) {
      supervisor =
          employee(target)
              .orElseThrow(
                  () ->
                      new RuleViolation(
                          RuleViolation.Kind.INVALID,
                          "Atasan dengan NIP " + target + " tidak ada di daerah ini.",
                          "No supervisor with NIP " + target + " in this region."));
    }
    if (employee.getVersion() != expectedVersion) {
      throw RuleViolation.concurrentChange();
    }
    try {
      employee.setSupervisor(supervisor);
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          employee.getName()
              + " tidak dapat dinilai oleh "
              + supervisor.getName()
              + ": "
              + supervisor.getName()
              + " sendiri berada di bawah "
              + employee.getName()
              + " dalam garis atasan.",
          employee.getName()
              + " cannot be appraised by "
              + supervisor.getName()
              + ", who reports to "
              + employee.getName()
              + " in the reporting line.");
    }
    try {
      em().flush();
    } catch (OptimisticLockException e) {
      throw RuleViolation.concurrentChange();
    }
    return byNip(employeeNip).orElseThrow();
  }

  private Optional<Employee> employee(String nip) {
    return Employees.byNip(em(), nip);
  }

  private static int depth(Long unit, Map<Long, Long> parents) {
    int depth = 0;
    for (Long u = unit; u != null && depth <= parents.size(); u = parents.get(u)) {
      depth++;
    }
    return depth;
  }

  private static String where(String query) {
    return blank(query) ? "" : " where lower(e.name) like :q or e.nip like :q";
  }

  private static void bind(TypedQuery<?> select, String query) {
    if (!blank(query)) {
      String escaped = query.trim().toLowerCase(Locale.ROOT).replaceAll("[\\\\%_]", "");
      select.setParameter("q", "%" + escaped + "%");
    }
  }

  private static boolean blank(String query) {
    return query == null || query.isBlank();
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
