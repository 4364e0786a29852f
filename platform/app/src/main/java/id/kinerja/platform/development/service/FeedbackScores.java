package id.kinerja.platform.development.service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The 360 feedback scores the training rules are told about, supplied by the feedback feature as a
 * CDI bean so that development does not depend on it. Only groups above the anonymity threshold
 * count.
 */
public interface FeedbackScores {

  /**
   * The feedback scores of one employee's period by BerAKHLAK core value.
   *
   * @param employeeId the employee
   * @param periodId the period
   * @return scores from 0 to 100 by {@link id.kinerja.plugin.api.CoreValues code}; empty if none
   */
  Map<String, BigDecimal> coreValueScores(long employeeId, long periodId);
}
