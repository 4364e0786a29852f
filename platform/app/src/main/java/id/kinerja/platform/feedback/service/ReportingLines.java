package id.kinerja.platform.feedback.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The employees who share a reporting line with someone, as candidates for 360 feedback. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportingLines {

  @Inject TenantEntityManager entityManager;

  /**
   * The employee's direct reports, supervisor and the supervisor's other reports, by name; the
   * domain's {@code Colleagues} decides who of them the employee answers about.
   */
  List<Employee> around(Employee employee) {
    Long supervisor = employee.getSupervisor() == null ? null : employee.getSupervisor().getId();
    return entityManager
        .get()
        .createQuery(
            "select e from Employee e left join e.supervisor s"
                + " where (s.id = :me or e.id = :sup or (s.id = :sup and e.id <> :me))"
                + " order by e.name, e.id",
            Employee.class)
        .setParameter("me", employee.getId())
        .setParameter("sup", supervisor == null ? -1L : supervisor)
        .getResultList();
  }
}
