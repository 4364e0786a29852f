package id.kinerja.platform.period.service;

import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current region's evaluation periods: the repository of the period aggregate. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvaluationPeriods {

  @Inject TenantEntityManager entityManager;

  /** The performance years the region has opened, latest first. */
  public List<Integer> years() {
    return entityManager
        .get()
        .createQuery(
            "select distinct p.year from EvaluationPeriod p order by p.year desc", Integer.class)
        .getResultList();
  }

  /** The year's periods: the year first, then its months or quarters in calendar order. */
  public List<EvaluationPeriod> ofYear(int year) {
    return entityManager
        .get()
        .createQuery(
            "select p from EvaluationPeriod p where p.year = :year"
                + " order by p.startsOn, p.endsOn desc",
            EvaluationPeriod.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** The region's period with this id; refused as not found otherwise. */
  public EvaluationPeriod find(long id) {
    EvaluationPeriod period = entityManager.get().find(EvaluationPeriod.class, id);
    if (period == null) {
      throw RuleViolation.notFound();
    }
    return period;
  }

  /** Stores new periods. */
  public void storeAll(List<EvaluationPeriod> periods) {
    periods.forEach(entityManager.get()::persist);
    entityManager.get().flush();
  }

  /** Writes the changes of periods read in this transaction; refused if one changed since. */
  public void flush() {
    try {
      entityManager.get().flush();
    } catch (OptimisticLockException e) {
      throw RuleViolation.concurrentChange();
    }
  }
}
