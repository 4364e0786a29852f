package id.kinerja.platform.feedback.service;

import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An employee's 360 results of one period, per enabled feedback source, as far as the anonymity
 * threshold allows: scores and comments come only from the groups shown; nobody is named.
 *
 * @param employeeId the employee
 * @param employeeName the employee's name
 * @param periodId the period
 * @param sources one entry per enabled source
 */
public record FeedbackResults(
    long employeeId, String employeeName, long periodId, List<SourceResult> sources) {

  /** Copies the list. */
  public FeedbackResults {
    sources = List.copyOf(sources);
  }

  /**
   * The results of one source.
   *
   * @param sourceId the source's factory id
   * @param nameId the source's name in Bahasa Indonesia
   * @param nameEn the source's name in English
   * @param threshold the fewest respondents of a group that are shown
   * @param groups the respondent count of every group the source asks or that answered
   * @param coreValueScores 0 to 100 by core value code, from the groups shown; empty if none
   * @param questionScores by question id, from the groups shown
   * @param comments the free-text answers of the groups shown, sorted, without names
   * @param failureId why the source's plugin gave no result (Indonesian), or {@code null}
   * @param failureEn the same in English, or {@code null}
   */
  public record SourceResult(
      String sourceId,
      String nameId,
      String nameEn,
      int threshold,
      List<GroupCount> groups,
      Map<String, BigDecimal> coreValueScores,
      Map<String, BigDecimal> questionScores,
      List<String> comments,
      String failureId,
      String failureEn) {

    /** Copies the collections. */
    public SourceResult {
      groups = List.copyOf(groups);
      coreValueScores = Map.copyOf(coreValueScores);
      questionScores = Map.copyOf(questionScores);
      comments = List.copyOf(comments);
    }

    /** Whether the source's plugin failed. */
    public boolean failed() {
      return failureEn != null;
    }
  }

  /**
   * How many respondents of one group answered, and whether the group is shown.
   *
   * @param group the respondent group
   * @param respondents how many answered
   * @param shown whether the count reaches the threshold, so that its answers count
   */
  public record GroupCount(RespondentGroup group, int respondents, boolean shown) {}
}
