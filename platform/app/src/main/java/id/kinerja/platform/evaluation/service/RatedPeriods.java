package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rating rests on, as the rating services of this package read it: the period rated (a month
 * or a quarter, never the year), the employees an appraiser rates, and the approved SKPs ({@link
 * PerformancePlan}) in force.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RatedPeriods {

  @Inject TenantEntityManager entityManager;

  /** The monthly or quarterly period; NOT_FOUND outside the region, INVALID for a year. */
  public EvaluationPeriod periodic(long periodId) {
    EvaluationPeriod period = em().find(EvaluationPeriod.class, periodId);
    if (period == null) {
      throw RuleViolation.notFound();
    }
    if (period.getKind() == PeriodKind.YEAR) {
      throw RatingRefusals.invalid(
          "Pilih periode bulanan atau triwulanan.", "Choose a monthly or quarterly period.");
    }
    return period;
  }

  /**
   * The employees {@code appraiser} rates: their direct reports and, for the admin, the heads of
   * the tree but themselves (as {@link Employee#isAppraisedBy} says).
   */
  public List<Employee> appraisedBy(Employee appraiser, boolean appraiserIsAdmin) {
    List<Employee> team =
        new ArrayList<>(
            em().createQuery(
                    "select e from Employee e join e.supervisor s where s.id = :me", Employee.class)
                .setParameter("me", appraiser.getId())
                .getResultList());
    if (appraiserIsAdmin) {
      team.addAll(
          em().createQuery(
                  "select e from Employee e left join e.supervisor s where s.id is null"
                      + " and e.id <> :me",
                  Employee.class)
              .setParameter("me", appraiser.getId())
              .getResultList());
    }
    return team;
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
