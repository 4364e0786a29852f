package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.shared.domain.CoreValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A periodic rating as views, the API and the audit trail show it.
 *
 * @param id the rating
 * @param periodId its period
 * @param year the performance year
 * @param periodKind MONTH or QUARTER
 * @param periodNumber the month or quarter
 * @param employeeNip the rated employee
 * @param employeeName their name
 * @param appraiserNip who rated
 * @param resultRating rating hasil kerja
 * @param behaviourRating rating perilaku kerja
 * @param predicate the predikat by the national matrix
 * @param coreValueNotes the notes per core value
 * @param note the overall note
 * @param status DRAFT, PUBLISHED or OBJECTED (under objection)
 * @param publishedAt when published, null for a draft
 * @param objectionDeadline until when the employee may object, null for a draft
 * @param objection the objection, if any
 * @param version the optimistic-locking version to send back with a change
 */
public record RatingView(
    long id,
    long periodId,
    int year,
    PeriodKind periodKind,
    int periodNumber,
    String employeeNip,
    String employeeName,
    String appraiserNip,
    Rating resultRating,
    Rating behaviourRating,
    Predicate predicate,
    Map<CoreValue, String> coreValueNotes,
    String note,
    RatingStatus status,
    OffsetDateTime publishedAt,
    Instant objectionDeadline,
    ObjectionView objection,
    long version) {

  /** Whether an objection awaits its decision. */
  public boolean underObjection() {
    return status == RatingStatus.OBJECTED;
  }

  static RatingView of(PeriodRating r, Instant objectionDeadline) {
    return new RatingView(
        r.getId(),
        r.getPeriod().getId(),
        r.getPeriod().getYear(),
        r.getPeriod().getKind(),
        r.getPeriod().getNumber(),
        r.getEmployee().getNip().value(),
        r.getEmployee().getName(),
        r.getAppraiser().getNip().value(),
        r.getResultRating(),
        r.getBehaviourRating(),
        r.getPredicate(),
        r.noteMap(),
        r.getNote(),
        r.getStatus(),
        r.getPublishedAt(),
        objectionDeadline,
        r.getObjection() == null ? null : ObjectionView.of(r.getObjection()),
        r.getVersion());
  }
}
