package id.kinerja.platform.development.service;

import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The period ratings past their draft, which training recommendations are made from. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublishedRatings {

  @Inject TenantEntityManager entityManager;

  /** The employee's published rating of the period, if any. */
  Optional<PeriodRating> of(Employee employee, EvaluationPeriod period) {
    return entityManager
        .get()
        .createQuery(
            "select r from PeriodRating r where r.employee = :e and r.period = :p"
                + " and r.status <> :draft",
            PeriodRating.class)
        .setParameter("e", employee)
        .setParameter("p", period)
        .setParameter("draft", RatingStatus.DRAFT)
        .getResultStream()
        .findFirst();
  }

  /** The employee's published rating of the latest period that has one. */
  Optional<PeriodRating> latestOf(Employee employee) {
    return entityManager
        .get()
        .createQuery(
            "select r from PeriodRating r join r.period p where r.employee = :e"
                + " and r.status <> :draft order by p.startsOn desc, r.id desc",
            PeriodRating.class)
        .setParameter("e", employee)
        .setParameter("draft", RatingStatus.DRAFT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
