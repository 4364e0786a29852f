package id.kinerja.platform.planning.service;

import id.kinerja.platform.evaluation.service.ApprovedPlans;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The current region's approved SKPs in force, for the ratings of the evaluation feature. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ApprovedPlansInForce implements ApprovedPlans {

  @Inject TenantEntityManager entityManager;

  @Override
  public Optional<Long> inForce(long employeeId, int year) {
    return entityManager
        .get()
        .createQuery(
            "select p.id from PerformancePlan p where p.employee.id = :e and p.year = :y"
                + " and p.status = :approved",
            Long.class)
        .setParameter("e", employeeId)
        .setParameter("y", year)
        .setParameter("approved", PlanStatus.APPROVED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<Long> employeesWithPlanInForce(int year) {
    return new HashSet<>(
        entityManager
            .get()
            .createQuery(
                "select p.employee.id from PerformancePlan p where p.year = :y"
                    + " and p.status = :approved",
                Long.class)
            .setParameter("y", year)
            .setParameter("approved", PlanStatus.APPROVED)
            .getResultList());
  }
}
