package id.kinerja.plugin.api;

import java.util.Objects;
import java.util.Set;

/**
 * One question of a 360 feedback source.
 *
 * @param id a stable id, unique within the source
 * @param text the question as it is put to respondents
 * @param scaleMax the highest score of a scale answered from 1 to {@code scaleMax}, or {@code 0}
 *     for a question answered in free text
 * @param coreValue the {@link CoreValues code} of the BerAKHLAK core value the question informs, or
 *     {@code null} if it informs none
 * @param askedOf the respondent groups this question is put to, at least one
 * @since 1.1.0
 */
public record FeedbackQuestion(
    String id, LocalizedText text, int scaleMax, String coreValue, Set<RespondentGroup> askedOf) {

  /**
   * Checks the question: a scale has at least two points, a core value is one of the seven.
   *
   * @since 1.2.0
   */
  public FeedbackQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (scaleMax != 0 && scaleMax < 2) {
      throw new IllegalArgumentException("question " + id + ": a scale has at least 2 points");
    }
    if (coreValue != null && !CoreValues.ALL.contains(coreValue)) {
      throw new IllegalArgumentException(
          "question " + id + ": " + coreValue + " is not a BerAKHLAK core value code");
    }
    askedOf = Set.copyOf(askedOf);
    if (askedOf.isEmpty()) {
      throw new IllegalArgumentException("question " + id + " is asked of nobody");
    }
  }

  /** Whether the question is answered in free text rather than on a scale. */
  public boolean freeText() {
    return scaleMax == 0;
  }

  /**
   * A question as in API 1.1.
   *
   * @param textId the question in Bahasa Indonesia (not an identifier)
   * @param textEn the question in English
   * @deprecated since 1.2.0: use the canonical constructor with a {@link LocalizedText}
   */
  @Deprecated
  public FeedbackQuestion(
      String id,
      String textId,
      String textEn,
      int scaleMax,
      String coreValue,
      Set<RespondentGroup> askedOf) {
    this(id, LocalizedText.of(textId, textEn), scaleMax, coreValue, askedOf);
  }

  /**
   * The question in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #text()}
   */
  @Deprecated
  public String textId() {
    return text.indonesian();
  }

  /**
   * The question in English.
   *
   * @deprecated since 1.2.0: use {@link #text()}
   */
  @Deprecated
  public String textEn() {
    return text.english();
  }
}
