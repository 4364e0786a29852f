package id.kinerja.platform.survey.domain;

import java.util.Objects;

/**
 * One answer of a citizen's response as stored: self-describing, so that the index can be computed
 * from what was asked even after a plugin changed or was disabled.
 *
 * @param questionId the question's id within its source
 * @param scaleMax the question's highest score, {@code 0} for free text
 * @param score the score from 1 to {@code scaleMax}, or {@code null} for free text
 * @param text the free text, or {@code null}
 */
public record StoredAnswer(String questionId, int scaleMax, Integer score, String text) {

  /** Checks that a scale answer lies on its scale. */
  public StoredAnswer {
    Objects.requireNonNull(questionId, "questionId");
    if (score != null && (score < 1 || score > scaleMax)) {
      throw new IllegalArgumentException(questionId + ": " + score + " is off the scale");
    }
  }

  /** Whether the answer is a score on a scale. */
  public boolean scored() {
    return score != null;
  }
}
