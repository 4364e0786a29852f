package id.kinerja.plugins.internalfeedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackResult;
import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalFeedbackSourceTest {

  private final InternalFeedbackSource source =
      new InternalFeedbackSource(Set.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES), 3);

  private static FeedbackAnswer peer(String question, Integer score) {
    return new FeedbackAnswer(question, RespondentGroup.PEERS, score, null);
  }

  @Test
  void oneScaleQuestionOfOneToFivePerCoreValueInAcronymOrderThenOneFreeTextQuestion() {
    List<FeedbackQuestion> questions = source.questions();
    assertEquals(8, questions.size());
    assertEquals(
        CoreValues.ALL, questions.subList(0, 7).stream().map(FeedbackQuestion::coreValue).toList());
    questions
        .subList(0, 7)
        .forEach(
            q -> {
              assertEquals(5, q.scaleMax(), q.id());
              assertTrue(!q.textId().isBlank() && !q.textEn().isBlank(), q.id());
            });
    FeedbackQuestion comment = questions.get(7);
    assertTrue(comment.freeText());
    assertEquals(null, comment.coreValue());
    assertTrue(questions.get(1).textEn().contains("honest"), questions.get(1).textEn());
    assertTrue(questions.get(1).textId().contains("jujur"), questions.get(1).textId());
  }

  @Test
  void questionScoresAreMeansToOneDecimalHalfUp() {
    FeedbackResult result =
        source.aggregate(
            List.of(
                peer("akuntabel", 4),
                peer("akuntabel", 5),
                new FeedbackAnswer("akuntabel", RespondentGroup.SUBORDINATES, 3, null),
                peer("loyal", 5),
                peer("loyal", 4)));
    // 12 / 3 = 4.0; 9 / 2 = 4.5
    assertEquals(
        Map.of("akuntabel", new BigDecimal("4.0"), "loyal", new BigDecimal("4.5")),
        result.questionScores());
  }

  @Test
  void coreValueScoresPutTheExactMeanOnZeroToHundredToOneDecimalHalfUp() {
    FeedbackResult result =
        source.aggregate(
            List.of(
                peer("kompeten", 1),
                peer("kompeten", 1),
                peer("harmonis", 5),
                peer("adaptif", 4),
                peer("adaptif", 4),
                peer("adaptif", 5),
                peer("kolaboratif", 2),
                peer("kolaboratif", 3),
                peer("kolaboratif", 3)));
    // kompeten 1 -> 0; harmonis 5 -> 100; adaptif 13/3 = 4.333 -> 83.333 -> 83.3;
    // kolaboratif 8/3 = 2.667 -> 41.666 -> 41.7 (the rounded mean 2.7 would give 42.5)
    assertEquals(
        Map.of(
            CoreValues.KOMPETEN, new BigDecimal("0.0"),
            CoreValues.HARMONIS, new BigDecimal("100.0"),
            CoreValues.ADAPTIF, new BigDecimal("83.3"),
            CoreValues.KOLABORATIF, new BigDecimal("41.7")),
        result.coreValueScores());
  }

  @Test
  void freeTextMissingOutOfRangeAndUnknownAnswersDoNotCount() {
    FeedbackResult result =
        source.aggregate(
            List.of(
                new FeedbackAnswer("comment", RespondentGroup.PEERS, null, "Lebih sabar"),
                peer("loyal", null),
                peer("loyal", 0),
                peer("loyal", 6),
                peer("loyal", 3),
                peer("unknown", 5)));
    assertEquals(Map.of("loyal", new BigDecimal("3.0")), result.questionScores());
    assertEquals(Map.of(CoreValues.LOYAL, new BigDecimal("50.0")), result.coreValueScores());
    assertEquals(Map.of(), source.aggregate(List.of()).coreValueScores());
  }
}
