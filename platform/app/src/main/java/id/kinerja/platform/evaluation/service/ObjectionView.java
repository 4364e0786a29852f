package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingObjection;
import java.time.OffsetDateTime;

/**
 * An objection as views and the API show it.
 *
 * @param id the objection
 * @param ratingId the rating objected to
 * @param reason the employee's reason
 * @param filedAt when it was filed
 * @param status PENDING, REJECTED or GRANTED
 * @param originalResultRating the rating hasil kerja objected to
 * @param originalBehaviourRating the rating perilaku kerja objected to
 * @param originalPredicate the predikat objected to
 * @param decidedByNip who decided, once decided
 * @param decidedAt when, once decided
 * @param decisionReason the decision's reason, once decided
 * @param version the optimistic-locking version to send back with the decision
 */
public record ObjectionView(
    long id,
    long ratingId,
    String reason,
    OffsetDateTime filedAt,
    ObjectionStatus status,
    Rating originalResultRating,
    Rating originalBehaviourRating,
    Predicate originalPredicate,
    String decidedByNip,
    OffsetDateTime decidedAt,
    String decisionReason,
    long version) {

  static ObjectionView of(RatingObjection o) {
    return new ObjectionView(
        o.getId(),
        o.getRating().getId(),
        o.getReason(),
        o.getFiledAt(),
        o.getStatus(),
        o.originalRatings().resultRating(),
        o.originalRatings().behaviourRating(),
        o.getOriginalPredicate(),
        o.getDecidedBy() == null ? null : o.getDecidedBy().getNip().value(),
        o.getDecidedAt(),
        o.getDecisionReason(),
        o.getVersion());
  }
}
