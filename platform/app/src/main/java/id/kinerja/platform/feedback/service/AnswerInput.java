package id.kinerja.platform.feedback.service;

/**
 * One answer as the respondent gives it.
 *
 * @param questionId the question answered
 * @param score the score for a scale question, {@code null} for a free-text one
 * @param text the free-text answer, or {@code null}
 */
public record AnswerInput(String questionId, Integer score, String text) {}
