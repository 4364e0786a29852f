package id.kinerja.platform.survey.service;

import id.kinerja.platform.feedback.service.CollectedAnswers;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The citizens' answers about an employee: the responses of the public page in which the citizen
 * named the employee as the one who served, as answers of the {@link RespondentGroup#PUBLIC} group,
 * for the 360 results and the employee's behaviour input.
 */
@ApplicationScoped
@Transactional
public class CitizenAnswers implements CollectedAnswers {

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;

  @Override
  public List<List<FeedbackAnswer>> responses(
      String sourceId, long employeeId, LocalDate start, LocalDate end) {
    ZoneId zone = registry.current().timeZone();
    return entityManager
        .get()
        .createQuery(
            "select r.answers from CitizenResponse r where r.sourceId = :source"
                + " and r.employee.id = :employee and r.submittedAt >= :from"
                + " and r.submittedAt < :to order by r.submittedAt, r.id",
            String.class)
        .setParameter("source", sourceId)
        .setParameter("employee", employeeId)
        .setParameter("from", start.atStartOfDay(zone).toOffsetDateTime())
        .setParameter("to", end.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
        .getResultList()
        .stream()
        .map(
            json ->
                ResponseAnswers.fromJson(json).stream()
                    .map(
                        a ->
                            new FeedbackAnswer(
                                a.questionId(), RespondentGroup.PUBLIC, a.score(), a.text()))
                    .toList())
        .toList();
  }
}
