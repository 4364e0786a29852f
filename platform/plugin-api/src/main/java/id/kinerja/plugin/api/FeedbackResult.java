package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The aggregation of the answers about one employee for one period.
 *
 * @param questionScores the score of each scale question answered, by question id, on that
 *     question's own scale
 * @param coreValueScores the score of each core value informed, by {@link CoreValues code}, on a
 *     scale from 0 to 100 so that questions of different scales can be combined
 * @since 1.1.0
 */
public record FeedbackResult(
    Map<String, BigDecimal> questionScores, Map<String, BigDecimal> coreValueScores) {

  /** Copies the maps. */
  public FeedbackResult {
    questionScores = Map.copyOf(questionScores);
    coreValueScores = Map.copyOf(coreValueScores);
  }
}
