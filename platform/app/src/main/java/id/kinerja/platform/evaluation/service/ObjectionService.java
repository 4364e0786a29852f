package id.kinerja.platform.evaluation.service;

import static id.kinerja.platform.evaluation.service.RatingRefusals.checkVersion;
import static id.kinerja.platform.evaluation.service.RatingRefusals.conflict;
import static id.kinerja.platform.evaluation.service.RatingRefusals.forbidden;

import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.RatingObjection;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The employee's objection (keberatan) to their published rating: one per rating, with a reason,
 * before the region's deadline. The atasan pejabat penilai decides it ({@link
 * ObjectionDecisionService}).
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

  @Inject RatingContext context;
  @Inject Ratings ratings;
  @Inject Event<ObjectionFiled> objectionFiled;

  /**
   * The caller's objection to their published rating, with a reason, before the region's deadline
   * (the end of the objectionDays-th day after publication in the region's time zone). One per
   * rating.
   *
   * @param version the rating's version the caller last saw
   */
  public RatingView object(long ratingId, long version, String reason) {
    Employee me = context.me();
    PeriodRating rating = ratings.find(ratingId);
    if (!rating.mayBeObjectedToBy(me)) {
      throw forbidden();
    }
    if (!rating.isPublished()) {
      throw RuleViolation.notFound();
    }
    checkVersion(rating.getVersion(), version);
    if (rating.getObjection() != null) {
      throw conflict(
          "Keberatan atas penilaian ini sudah diajukan.",
          "An objection to this rating was already filed.");
    }
    if (!context.objectionOpen(rating)) {
      throw conflict(
          "Batas waktu pengajuan keberatan telah lewat.",
          "The deadline for objections has passed.");
    }
    RatingRefusals.requireReason(
        reason, "Alasan keberatan wajib diisi.", "A reason for the objection is required.");
    RatingView before = context.view(rating);
    RatingObjection objection = rating.object(reason, context.now());
    ratings.store(objection);
    RatingView after = context.changed(rating, "object", before);
    objectionFiled.fire(
        new ObjectionFiled(
            context.region(),
            objection.getId(),
            rating.getId(),
            me.getNip().value(),
            rating.decider().map(d -> d.getNip().value()).orElse(null)));
    return after;
  }
}
