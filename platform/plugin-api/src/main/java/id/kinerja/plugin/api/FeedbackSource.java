package id.kinerja.plugin.api;

import java.util.List;
import java.util.Set;

/**
 * A 360 feedback source configured for one region: whom it asks, what it asks, and how the answers
 * are aggregated. The platform collects the answers and enforces the anonymity threshold: it passes
 * answers to {@link #aggregate} and shows results only for respondent groups with at least {@link
 * #anonymityThreshold()} respondents.
 *
 * @since 1.1.0
 */
public interface FeedbackSource {

  /**
   * The name of the configuration property with which a factory lets a region set the threshold.
   */
  String ANONYMITY_THRESHOLD = "anonymityThreshold";

  /** The anonymity threshold the platform applies unless a source asks for more. */
  int DEFAULT_ANONYMITY_THRESHOLD = 3;

  /** The respondent groups this source asks, at least one. */
  Set<RespondentGroup> respondents();

  /** The questions, in the order they are asked. */
  List<FeedbackQuestion> questions();

  /**
   * The fewest respondents of one group whose answers may be shown. The platform never goes below
   * {@link #DEFAULT_ANONYMITY_THRESHOLD}, whatever a source says.
   */
  default int anonymityThreshold() {
    return DEFAULT_ANONYMITY_THRESHOLD;
  }

  /**
   * Aggregates answers into per-question and per-core-value scores.
   *
   * @param answers the answers of the respondent groups above the threshold, to this source's
   *     questions only
   */
  FeedbackResult aggregate(List<FeedbackAnswer> answers);
}
