package id.kinerja.platform.feedback.service;

import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.plugin.api.FeedbackQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a respondent's answers to one source must be: each about a question asked of their group,
 * once; scale answers within the scale; every scale question answered; free text optional.
 */
final class Answers {

  private Answers() {}

  /**
   * The answers trimmed, in the order of the questions, leaving out empty ones.
   *
   * @throws RuleViolation INVALID for missing, unknown, repeated or out-of-range answers
   */
  static List<AnswerInput> validate(List<FeedbackQuestion> questions, List<AnswerInput> answers) {
    Map<String, AnswerInput> byQuestion = new HashMap<>();
    for (AnswerInput answer : answers == null ? List.<AnswerInput>of() : answers) {
      if (answer == null || answer.questionId() == null) {
        continue;
      }
      FeedbackQuestion question = asked(questions, answer.questionId());
      if (byQuestion.containsKey(question.id())) {
        throw invalid(
            "Pertanyaan '" + question.id() + "' dijawab lebih dari sekali.",
            "Question '" + question.id() + "' is answered more than once.");
      }
      requireInScale(question, answer.score());
      AnswerInput clean = clean(question, answer);
      if (clean.score() != null || clean.text() != null) {
        byQuestion.put(question.id(), clean);
      }
    }
    return inOrder(questions, byQuestion);
  }

  private static FeedbackQuestion asked(List<FeedbackQuestion> questions, String questionId) {
    return questions.stream()
        .filter(q -> q.id().equals(questionId))
        .findFirst()
        .orElseThrow(
            () ->
                invalid(
                    "Pertanyaan '" + questionId + "' tidak diajukan kepada Anda.",
                    "Question '" + questionId + "' is not asked of you."));
  }

  private static void requireInScale(FeedbackQuestion question, Integer score) {
    if (!question.freeText() && score != null && (score < 1 || score > question.scaleMax())) {
      throw invalid(
          "Nilai untuk \"" + question.textId() + "\" harus 1 sampai " + question.scaleMax() + ".",
          "The score for \"" + question.textEn() + "\" must be 1 to " + question.scaleMax() + ".");
    }
  }

  private static AnswerInput clean(FeedbackQuestion question, AnswerInput answer) {
    String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
    Integer score = question.freeText() ? null : answer.score();
    return new AnswerInput(question.id(), score, text);
  }

  private static List<AnswerInput> inOrder(
      List<FeedbackQuestion> questions, Map<String, AnswerInput> byQuestion) {
    List<AnswerInput> valid = new ArrayList<>();
    for (FeedbackQuestion question : questions) {
      AnswerInput answer = byQuestion.get(question.id());
      if (!question.freeText() && (answer == null || answer.score() == null)) {
        throw invalid(
            "Beri nilai untuk setiap pertanyaan berskala: \"" + question.textId() + "\".",
            "Give a score for every scale question: \"" + question.textEn() + "\".");
      }
      if (answer != null) {
        valid.add(answer);
      }
    }
    return valid;
  }

  private static RuleViolation invalid(String messageId, String messageEn) {
    return new RuleViolation(RuleViolation.Kind.INVALID, messageId, messageEn);
  }
}
