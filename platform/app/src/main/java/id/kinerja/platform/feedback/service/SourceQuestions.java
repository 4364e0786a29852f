package id.kinerja.platform.feedback.service;

import id.kinerja.plugin.api.FeedbackQuestion;
import java.util.List;

/**
 * The questions one feedback source puts to the caller's group about a colleague.
 *
 * @param sourceId the source's factory id
 * @param nameId the source's name in Bahasa Indonesia
 * @param nameEn the source's name in English
 * @param questions the questions asked of the caller's group, in order
 * @param answered whether the caller has already answered this source about the colleague
 */
public record SourceQuestions(
    String sourceId,
    String nameId,
    String nameEn,
    List<FeedbackQuestion> questions,
    boolean answered) {

  /** Copies the list. */
  public SourceQuestions {
    questions = List.copyOf(questions);
  }
}
