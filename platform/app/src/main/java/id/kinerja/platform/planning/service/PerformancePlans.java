package id.kinerja.platform.planning.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The current region's SKP versions: the repository of the performance-plan aggregate. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PerformancePlans {

  @Inject TenantEntityManager entityManager;

  /** The plan with this id; refused as not found otherwise. */
  public PerformancePlan find(long planId) {
    PerformancePlan plan = em().find(PerformancePlan.class, planId);
    if (plan == null) {
      throw RuleViolation.notFound();
    }
    return plan;
  }

  /** The employee's working plan of the year: the latest version, whatever its status. */
  public Optional<PerformancePlan> latestOf(Employee employee, int year) {
    return em().createQuery(
            "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                + " order by p.planVersion desc",
            PerformancePlan.class)
        .setParameter("e", employee)
        .setParameter("y", year)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The employee's approved plan in force for the year, if any. */
  public Optional<PerformancePlan> inForce(Employee employee, int year) {
    return em().createQuery(
            "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                + " and p.status = :s",
            PerformancePlan.class)
        .setParameter("e", employee)
        .setParameter("y", year)
        .setParameter("s", PlanStatus.APPROVED)
        .getResultStream()
        .findFirst();
  }

  /** Whether a later version of the plan's employee and year exists (a revision under way). */
  public boolean isRevised(PerformancePlan plan) {
    return em().createQuery(
                "select count(p) from PerformancePlan p where p.employee = :e and p.year = :y"
                    + " and p.planVersion > :v",
                Long.class)
            .setParameter("e", plan.getEmployee())
            .setParameter("y", plan.getYear())
            .setParameter("v", plan.getPlanVersion())
            .getSingleResult()
        > 0;
  }

  /** The SUBMITTED plans of the direct reports of the employee with this NIP. */
  public List<PerformancePlan> submittedByReportsOf(String supervisorNip) {
    return em().createQuery(
            "select p from PerformancePlan p join p.employee e join e.supervisor s"
                + " where s.nip = :nip and p.status = :st",
            PerformancePlan.class)
        .setParameter("nip", supervisorNip)
        .setParameter("st", PlanStatus.SUBMITTED)
        .getResultList();
  }

  /** The SUBMITTED plans of the heads of the tree (no supervisor), but not of {@code nip}. */
  public List<PerformancePlan> submittedByHeadsOtherThan(String nip) {
    return em().createQuery(
            "select p from PerformancePlan p join p.employee e left join e.supervisor s"
                + " where s.id is null and p.status = :st and e.nip <> :nip",
            PerformancePlan.class)
        .setParameter("st", PlanStatus.SUBMITTED)
        .setParameter("nip", nip)
        .getResultList();
  }

  /** Every RHK of the region's approved plans of the year. */
  public List<PlannedResult> approvedResults(int year) {
    return em().createQuery(
            "select r from PlannedResult r join r.plan p where p.year = :y and p.status = :s",
            PlannedResult.class)
        .setParameter("y", year)
        .setParameter("s", PlanStatus.APPROVED)
        .getResultList();
  }

  /** The RHK with this id, if it is of the region. */
  public Optional<PlannedResult> result(long resultId) {
    return Optional.ofNullable(em().find(PlannedResult.class, resultId));
  }

  /** Stores a new plan (a first draft or a revision) and assigns its id. */
  public void store(PerformancePlan plan) {
    em().persist(plan);
    flush();
  }

  /** Writes a change to the plan, counting it in its optimistic-locking version. */
  public void storeChange(PerformancePlan plan) {
    em().lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flush();
  }

  private void flush() {
    Records.flush(em());
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
