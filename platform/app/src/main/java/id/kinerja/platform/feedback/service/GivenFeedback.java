package id.kinerja.platform.feedback.service;

import id.kinerja.platform.feedback.domain.FeedbackGiven;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The facts that someone answered ({@link FeedbackGiven}) of the current region: the repository
 * that keeps a respondent from answering twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GivenFeedback {

  @Inject TenantEntityManager entityManager;

  /** Per subject's employee id, the sources the respondent answered in the period. */
  Map<Long, Set<String>> sourcesAnsweredBy(Employee respondent, EvaluationPeriod period) {
    Map<Long, Set<String>> answered = new HashMap<>();
    entityManager
        .get()
        .createQuery(
            "select g from FeedbackGiven g where g.respondent = :me and g.period = :p",
            FeedbackGiven.class)
        .setParameter("me", respondent)
        .setParameter("p", period)
        .getResultStream()
        .forEach(
            g ->
                answered
                    .computeIfAbsent(g.getEmployee().getId(), k -> new HashSet<>())
                    .add(g.getSourceId()));
    return answered;
  }

  /**
   * Stores the fact, at once.
   *
   * @return whether it was stored; {@code false} if the respondent answered already
   */
  boolean store(FeedbackGiven given) {
    entityManager.get().persist(given);
    try {
      entityManager.get().flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }
}
