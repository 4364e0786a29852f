package id.kinerja.platform.development;

import id.kinerja.platform.development.service.FeedbackScores;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** 360 scores that {@link DevelopmentIT} sets per employee, in place of the feedback feature's. */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestFeedbackScores implements FeedbackScores {

  private final Map<Long, Map<String, BigDecimal>> scores = new ConcurrentHashMap<>();

  /** Sets the employee's scores for every period. */
  public void set(long employeeId, Map<String, BigDecimal> coreValueScores) {
    scores.put(employeeId, Map.copyOf(coreValueScores));
  }

  @Override
  public Map<String, BigDecimal> coreValueScores(long employeeId, long periodId) {
    return scores.getOrDefault(employeeId, Map.of());
  }
}
