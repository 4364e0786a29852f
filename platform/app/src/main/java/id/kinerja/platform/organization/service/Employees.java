package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The current region's employees, for the services of every feature: the repository of the employee
 * aggregate. {@link #acting()} is the employee the request's {@link Actor} is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Employees {

  @Inject TenantEntityManager entityManager;
  @Inject Actor actor;

  /** The employee who acts in this request; refused as not found when the login names none. */
  public Employee acting() {
    return find(actor.employeeId()); // the id is looked up once per request
  }

  /** The region's employee with this NIP, if any. */
  public Optional<Employee> byNip(String nip) {
    return byNip(entityManager.get(), nip);
  }

  /** The region's employee with this id; refused as not found otherwise. */
  public Employee find(long id) {
    Employee found = entityManager.get().find(Employee.class, id);
    if (found == null) {
      throw RuleViolation.notFound();
    }
    return found;
  }

  /**
   * The current region's employee with this NIP.
   *
   * @param em an entity manager with the region set
   * @param nip the NIP, or {@code null}
   * @return the employee, or empty if the region has none with that NIP (or the NIP is null)
   */
  public static Optional<Employee> byNip(EntityManager em, String nip) {
    if (nip == null) {
      return Optional.empty();
    }
    return em.createQuery("select e from Employee e where e.nip = :nip", Employee.class)
        .setParameter("nip", nip)
        .getResultStream()
        .findFirst();
  }

  /** Writes the changes made to employees in this transaction; refused if one changed since. */
  public void flush() {
    try {
      em().flush();
    } catch (OptimisticLockException e) {
      throw RuleViolation.concurrentChange();
    }
  }

  // ---- what views and the API show of employees ({@link EmployeeSummary}) ----

  /** The summary of the region's employee with this NIP, if any. */
  public Optional<EmployeeSummary> summaryOf(String nip) {
    return em().createQuery(EmployeeSummary.SELECT + " where e.nip = :nip", EmployeeSummary.class)
        .setParameter("nip", nip)
        .getResultStream()
        .findFirst();
  }

  /** The employees whom the employee with this NIP appraises directly, by name. */
  public List<EmployeeSummary> appraisedBy(String nip) {
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
    return select.setFirstResult(offset).setMaxResults(limit).getResultList();
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

  /** The employees without a pejabat penilai, by name. */
  public List<EmployeeSummary> withoutAppraiser() {
    return em().createQuery(
            EmployeeSummary.SELECT + " where s.id is null order by e.name, e.id",
            EmployeeSummary.class)
        .getResultList();
  }

  /** The unit of each employee without a pejabat penilai, by employee id. */
  public Map<Long, Long> unitsOfThoseWithoutAppraiser() {
    return pairs(
        "select e.id, u.id from Employee e join e.unit u left join e.supervisor s"
            + " where s.id is null");
  }

  /** How many employees each employee without a pejabat penilai appraises, by employee id. */
  public Map<Long, Long> reportsOfThoseWithoutAppraiser() {
    return pairs(
        "select s.id, count(e) from Employee e join e.supervisor s"
            + " left join s.supervisor t where t.id is null group by s.id");
  }

  /** How many employees are placed in each unit, by unit id (units without any are absent). */
  public Map<Long, Long> headcountByUnit() {
    return pairs("select e.unit.id, count(e) from Employee e group by e.unit.id");
  }

  private Map<Long, Long> pairs(String jpql) {
    Map<Long, Long> pairs = new HashMap<>();
    for (Object[] row : em().createQuery(jpql, Object[].class).getResultList()) {
      pairs.put((Long) row[0], (Long) row[1]);
    }
    return pairs;
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
