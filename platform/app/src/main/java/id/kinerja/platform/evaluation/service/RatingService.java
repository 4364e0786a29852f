package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reading the periodic ratings (penilaian) of the current region: the caller's own published ones,
 * one rating for its readers ({@link PeriodRating#isReadableBy}), and a period's ratings for
 * calibration, dashboards and reports. The changes are elsewhere in this package: rating and
 * publishing ({@link AppraisalService}), objecting ({@link ObjectionService}), deciding ({@link
 * ObjectionDecisionService}); the yearly evaluation is {@link AnnualEvaluationService}.
 */
@ApplicationScoped
@Transactional
public class RatingService {

  /** The audit trail's name for a periodic rating; its objection is recorded under it too. */
  public static final String AUDIT_ENTITY = "period_rating";

  @Inject RatingContext context;
  @Inject Ratings ratings;
  @Inject RatedPeriods periods;

  /** The caller's published ratings of the year, in calendar order; drafts are never shown. */
  public List<RatingView> myRatings(int year) {
    Employee me = context.me();
    return ratings.publishedOf(me, year).stream().map(context::view).toList();
  }

  /**
   * One rating, for its employee once published (a draft is not found for them), its appraiser, the
   * atasan who decides objections to it, and the admin.
   */
  public RatingView rating(long ratingId) {
    Employee me = context.me();
    PeriodRating rating = ratings.find(ratingId);
    if (!rating.isReadableBy(me, context.isAdmin())) {
      throw RatingRefusals.forbidden();
    }
    if (Employee.same(me, rating.getEmployee()) && !rating.isPublished()) {
      throw RuleViolation.notFound();
    }
    return context.view(rating);
  }

  /**
   * Every rating of a period, drafts included, in employee order; ratings under objection are
   * marked. The caller decides who may see them.
   */
  public List<RatingRow> ratingsOfPeriod(long periodId) {
    return ratings.ofPeriodByName(periods.periodic(periodId)).stream()
        .map(
            r ->
                new RatingRow(
                    r.getId(),
                    r.getEmployee().getId(),
                    r.getEmployee().getNip().value(),
                    r.getEmployee().getUnit().getId(),
                    r.getAppraiser().getId(),
                    r.getResultRating(),
                    r.getBehaviourRating(),
                    r.getPredicate(),
                    r.getStatus(),
                    r.isUnderObjection(),
                    r.getVersion()))
        .toList();
  }
}
