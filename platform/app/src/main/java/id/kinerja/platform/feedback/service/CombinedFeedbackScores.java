package id.kinerja.platform.feedback.service;

import id.kinerja.platform.development.service.FeedbackScores;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 360 scores the training rules are told about: per core value the mean of the sources' scores,
 * to one decimal (half up), from the groups above the anonymity threshold only. No access check:
 * the calling service checks who acts.
 */
@ApplicationScoped
@Transactional
public class CombinedFeedbackScores implements FeedbackScores {

  @Inject ResultsAboveThreshold results;
  @Inject Employees employees;
  @Inject TenantEntityManager entityManager;

  @Override
  public Map<String, BigDecimal> coreValueScores(long employeeId, long periodId) {
    return combine(
        results.of(
            employees.find(employeeId),
            Records.find(entityManager.get(), EvaluationPeriod.class, periodId)));
  }

  /** Per core value, the mean of the sources' scores. */
  static Map<String, BigDecimal> combine(FeedbackResults results) {
    Map<String, List<BigDecimal>> parts = new TreeMap<>();
    results
        .sources()
        .forEach(
            s ->
                s.coreValueScores()
                    .forEach(
                        (v, score) -> parts.computeIfAbsent(v, k -> new ArrayList<>()).add(score)));
    Map<String, BigDecimal> combined = new TreeMap<>();
    parts.forEach(
        (value, scores) ->
            combined.put(
                value,
                scores.stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP)));
    return combined;
  }
}
