package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;

/**
 * One rating of a period, for calibration, dashboards and reports.
 *
 * @param ratingId the rating
 * @param employeeId the rated employee's id
 * @param employeeNip the rated employee's NIP
 * @param unitId the employee's unit (unit kerja) id
 * @param appraiserId who rated
 * @param resultRating rating hasil kerja
 * @param behaviourRating rating perilaku kerja
 * @param predicate the predikat
 * @param status DRAFT, PUBLISHED or OBJECTED
 * @param underObjection whether an objection awaits its decision (reports mark it)
 * @param version the rating's optimistic-locking version
 */
public record RatingRow(
    long ratingId,
    long employeeId,
    String employeeNip,
    long unitId,
    long appraiserId,
    Rating resultRating,
    Rating behaviourRating,
    Predicate predicate,
    RatingStatus status,
    boolean underObjection,
    long version) {}
