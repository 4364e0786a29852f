package id.kinerja.platform.notification.service;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.service.ObjectionDecided;
import id.kinerja.platform.evaluation.service.ObjectionFiled;
import id.kinerja.platform.evaluation.service.RatingPublished;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns the performance cycle's events (ratings and objections) into notices, inside the
 * transaction that fired them: a notice exists exactly when the rating change it reports was saved,
 * and its email leaves after commit.
 */
@ApplicationScoped
public class EvaluationNotices {

  private static final Logger LOG = Logger.getLogger(EvaluationNotices.class.getName());

  @Inject NotificationService notifications;
  @Inject TenantEntityManager entityManager;

  void published(@Observes RatingPublished event) {
    PeriodRating rating = rating(event.ratingId());
    notifications.notify(
        event.employeeNip(),
        NoticeKind.RATING_PUBLISHED,
        Map.of(
            "period", DeadlineReminders.label(rating.getPeriod()),
            "rating", rating.getPredicate().labelId()));
  }

  void filed(@Observes ObjectionFiled event) {
    PeriodRating rating = rating(event.ratingId());
    if (event.deciderNip() == null) {
      LOG.info(
          () ->
              "Objection "
                  + event.objectionId()
                  + " in "
                  + event.region()
                  + " is for the region's admin to decide: no employee to notify");
      return;
    }
    notifications.notify(
        event.deciderNip(),
        NoticeKind.OBJECTION_FILED,
        Map.of(
            "employee", rating.getEmployee().getName(),
            "period", DeadlineReminders.label(rating.getPeriod())));
  }

  void decided(@Observes ObjectionDecided event) {
    PeriodRating rating = rating(event.ratingId());
    notifications.notify(
        event.employeeNip(),
        NoticeKind.OBJECTION_DECIDED,
        Map.of(
            "period",
            DeadlineReminders.label(rating.getPeriod()),
            "decision",
            event.outcome() == ObjectionStatus.GRANTED
                ? "dikabulkan (granted), predikat " + rating.getPredicate().labelId()
                : "ditolak (rejected)"));
  }

  private PeriodRating rating(long id) {
    return entityManager.get().find(PeriodRating.class, id);
  }
}
