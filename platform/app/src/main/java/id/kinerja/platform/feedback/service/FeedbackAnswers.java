package id.kinerja.platform.feedback.service;

import id.kinerja.platform.feedback.domain.FeedbackAnswerRecord;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.FeedbackAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The anonymous 360 answers of the current region, kept per submission without the respondent. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FeedbackAnswers {

  @Inject TenantEntityManager entityManager;

  /** Stores the answers of one submission. */
  void store(List<FeedbackAnswerRecord> answers) {
    answers.forEach(entityManager.get()::persist);
    Records.flush(entityManager.get());
  }

  /** The stored answers about the subject for a source, one list per submission. */
  List<List<FeedbackAnswer>> about(Employee subject, EvaluationPeriod period, String sourceId) {
    Map<UUID, List<FeedbackAnswer>> bySubmission = new HashMap<>();
    entityManager
        .get()
        .createQuery(
            "select a from FeedbackAnswerRecord a where a.employee = :e and a.period = :p"
                + " and a.sourceId = :s",
            FeedbackAnswerRecord.class)
        .setParameter("e", subject)
        .setParameter("p", period)
        .setParameter("s", sourceId)
        .getResultStream()
        .forEach(
            a ->
                bySubmission
                    .computeIfAbsent(a.getSubmissionId(), k -> new ArrayList<>())
                    .add(
                        new FeedbackAnswer(
                            a.getQuestionId(),
                            FeedbackService.group(a.getRespondentGroup()),
                            a.getScore(),
                            a.getText())));
    return List.copyOf(bySubmission.values());
  }
}
