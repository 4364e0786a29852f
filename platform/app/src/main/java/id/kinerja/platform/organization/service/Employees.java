package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Finding the current region's employees, for the services of every feature. */
public final class Employees {

  private Employees() {}

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
