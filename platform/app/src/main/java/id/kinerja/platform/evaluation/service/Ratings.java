package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.RatingObjection;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
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

/**
 * The current region's periodic ratings and their objections: the repository of the rating
 * aggregate, for the services of this package.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ratings {

  @Inject TenantEntityManager entityManager;

  /** The rating with this id; refused as not found otherwise. */
  public PeriodRating find(long ratingId) {
    PeriodRating rating = em().find(PeriodRating.class, ratingId);
    if (rating == null) {
      throw RuleViolation.notFound();
    }
    return rating;
  }

  /** The employee's rating of the period, draft or not, if given. */
  public Optional<PeriodRating> of(EvaluationPeriod period, Employee employee) {
    return em().createQuery(
            "select r from PeriodRating r where r.period = :p and r.employee = :e",
            PeriodRating.class)
        .setParameter("p", period)
        .setParameter("e", employee)
        .getResultStream()
        .findFirst();
  }

  /** Every rating of the period, drafts included, in no particular order. */
  public List<PeriodRating> ofPeriod(EvaluationPeriod period) {
    return em().createQuery("select r from PeriodRating r where r.period = :p", PeriodRating.class)
        .setParameter("p", period)
        .getResultList();
  }

  /** Every rating of the period, drafts included, by the employee's name. */
  public List<PeriodRating> ofPeriodByName(EvaluationPeriod period) {
    return em().createQuery(
            "select r from PeriodRating r join r.employee e where r.period = :p order by e.name",
            PeriodRating.class)
        .setParameter("p", period)
        .getResultList();
  }

  /** The drafts of the period, oldest first. */
  public List<PeriodRating> draftsOf(EvaluationPeriod period) {
    return em().createQuery(
            "select r from PeriodRating r where r.period = :p and r.status = :s order by r.id",
            PeriodRating.class)
        .setParameter("p", period)
        .setParameter("s", RatingStatus.DRAFT)
        .getResultList();
  }

  /** The employee's published ratings of the year (objected ones too), in calendar order. */
  public List<PeriodRating> publishedOf(Employee employee, int year) {
    return em().createQuery(
            "select r from PeriodRating r join r.period p where r.employee = :e and p.year = :y"
                + " and r.status <> :draft order by p.startsOn",
            PeriodRating.class)
        .setParameter("e", employee)
        .setParameter("y", year)
        .setParameter("draft", RatingStatus.DRAFT)
        .getResultList();
  }

  /** The objection with this id; refused as not found otherwise. */
  public RatingObjection objection(long objectionId) {
    RatingObjection objection = em().find(RatingObjection.class, objectionId);
    if (objection == null) {
      throw RuleViolation.notFound();
    }
    return objection;
  }

  /** The objections awaiting their decision, oldest first. */
  public List<RatingObjection> pendingObjections() {
    return em().createQuery(
            "select o from RatingObjection o where o.status = :s order by o.filedAt, o.id",
            RatingObjection.class)
        .setParameter("s", ObjectionStatus.PENDING)
        .getResultList();
  }

  /** Stores a new rating, and gives it its id. */
  public void store(PeriodRating rating) {
    em().persist(rating);
    Records.flush(em());
  }

  /** Stores a new objection. */
  public void store(RatingObjection objection) {
    em().persist(objection);
  }

  /**
   * Writes changed records (a rating, its objection) and raises their versions, so that a stale
   * copy elsewhere is refused as a concurrent change.
   */
  public void changed(Object... records) {
    for (Object record : records) {
      em().lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    Records.flush(em());
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
