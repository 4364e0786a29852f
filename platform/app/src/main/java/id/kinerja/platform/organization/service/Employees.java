package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    return byNip(actor.nip()).orElseThrow(RuleViolation::notFound);
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
}
