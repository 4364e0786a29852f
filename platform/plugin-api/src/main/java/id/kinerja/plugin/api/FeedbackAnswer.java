package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * One anonymous answer to a feedback question, as the platform collected it. It carries the
 * respondent's group but never who the respondent is.
 *
 * @param questionId the {@link FeedbackQuestion#id() id} of the question answered
 * @param group the group of the respondent
 * @param score the score on the question's scale, or {@code null} for a free-text question
 * @param text the free-text answer or a comment, or {@code null}
 * @since 1.1.0
 */
public record FeedbackAnswer(String questionId, RespondentGroup group, Integer score, String text) {

  /** Checks the components. */
  public FeedbackAnswer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(group, "group");
  }
}
