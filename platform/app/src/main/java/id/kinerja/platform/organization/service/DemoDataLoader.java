package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.Nip;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.DemoUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads a region's demo org tree and employees, once, into an empty region. */
@ApplicationScoped
public class DemoDataLoader {

  @Inject TenantEntityManager entityManager;

  /**
   * Loads the units and employees into the current region unless it already has employees.
   *
   * @return whether anything was loaded
   */
  @Transactional
  public boolean loadIfEmpty(List<DemoUnit> units, List<DemoEmployee> employees) {
    EntityManager em = entityManager.get();
    if (em.createQuery("select count(e) from Employee e", Long.class).getSingleResult() > 0) {
      return false;
    }
    Map<String, OrgUnit> unitsByCode = new HashMap<>();
    for (DemoUnit unit : units) {
      OrgUnit parent = unit.parentCode().map(unitsByCode::get).orElse(null);
      OrgUnit created = new OrgUnit(unit.code(), unit.name(), parent);
      em.persist(created);
      unitsByCode.put(unit.code(), created);
    }
    Map<String, Employee> byNip = new HashMap<>();
    for (DemoEmployee row : employees) {
      Employee employee =
          new Employee(
              new Nip(row.nip()),
              row.name(),
              row.position(),
              PositionKind.valueOf(row.positionKind()),
              EmploymentType.valueOf(row.employmentType()),
              row.email(),
              unitsByCode.get(row.unitCode()));
      em.persist(employee);
      byNip.put(row.nip(), employee);
    }
    for (DemoEmployee row : employees) {
      row.supervisorNip().ifPresent(s -> byNip.get(row.nip()).setSupervisor(byNip.get(s)));
    }
    return true;
  }
}
