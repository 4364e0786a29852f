package id.kinerja.platform.evaluation.service;

import static id.kinerja.platform.evaluation.service.RatingRefusals.checkVersion;
import static id.kinerja.platform.evaluation.service.RatingRefusals.conflict;
import static id.kinerja.platform.evaluation.service.RatingRefusals.forbidden;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.PeriodRatings;
import id.kinerja.platform.evaluation.domain.RatingObjection;
import id.kinerja.platform.organization.domain.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The atasan pejabat penilai's decisions on objections ({@link PeriodRating#mayBeDecidedBy}: the
 * appraiser's supervisor; the admin where there is none): final, with a reason; a granted objection
 * replaces the ratings and so the predikat.
 */
@ApplicationScoped
@Transactional
public class ObjectionDecisionService {

  @Inject RatingContext context;
  @Inject Ratings ratings;
  @Inject Event<ObjectionDecided> objectionDecided;

  /** The pending objections the caller is to decide, oldest first. */
  public List<RatingView> objectionsToDecide() {
    Employee me = context.me();
    boolean admin = context.isAdmin();
    return ratings.pendingObjections().stream()
        .map(RatingObjection::getRating)
        .filter(r -> r.mayBeDecidedBy(me, admin))
        .map(context::view)
        .toList();
  }

  /**
   * Decides an objection, finally, with a reason: the atasan pejabat penilai rejects it (the rating
   * stays) or grants it with new ratings (the predikat is recomputed).
   *
   * @param granted the new ratings to grant the objection, null to reject it
   * @param version the objection's version the caller last saw
   */
  public RatingView decide(long objectionId, long version, RatingInput granted, String reason) {
    Employee me = context.me();
    RatingObjection objection = ratings.objection(objectionId);
    PeriodRating rating = objection.getRating();
    if (!rating.mayBeDecidedBy(me, context.isAdmin())) {
      throw forbidden();
    }
    checkVersion(objection.getVersion(), version);
    if (objection.getStatus() != ObjectionStatus.PENDING) {
      throw conflict(
          "Keberatan ini sudah diputuskan; keputusan bersifat final.",
          "This objection is already decided; the decision is final.");
    }
    RatingRefusals.requireReason(
        reason, "Alasan keputusan wajib diisi.", "A reason for the decision is required.");
    PeriodRatings newRatings = granted == null ? null : RatingRefusals.ratings(granted);
    RatingView before = context.view(rating);
    objection.decide(me, newRatings, reason, context.now());
    RatingView after =
        context.changed(
            rating, newRatings == null ? "reject_objection" : "grant_objection", before, objection);
    objectionDecided.fire(
        new ObjectionDecided(
            context.region(),
            objection.getId(),
            rating.getId(),
            rating.getEmployee().getNip().value(),
            objection.getStatus()));
    return after;
  }
}
