package id.kinerja.plugins.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackResult;
import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitizenFeedbackTest {

  private final CitizenFeedback source = new CitizenFeedback(3);

  private static FeedbackAnswer score(String question, int score) {
    return new FeedbackAnswer(question, RespondentGroup.PUBLIC, score, null);
  }

  @Test
  void theNineSkmElementsAreAskedOfThePublicOnTheScaleOneToFourThenASuggestion() {
    List<FeedbackQuestion> questions = source.questions();
    assertEquals(
        List.of(
            "persyaratan",
            "prosedur",
            "waktu",
            "biaya",
            "produk",
            "kompetensi",
            "perilaku",
            "pengaduan",
            "sarana",
            "saran"),
        questions.stream().map(FeedbackQuestion::id).toList());
    questions.stream().limit(9).forEach(q -> assertEquals(4, q.scaleMax(), q.id()));
    assertTrue(questions.get(9).freeText());
    questions.forEach(q -> assertEquals(Set.of(RespondentGroup.PUBLIC), q.askedOf(), q.id()));
    assertEquals(Set.of(RespondentGroup.PUBLIC), source.respondents());
  }

  @Test
  void theStaffsBehaviourAndCompetenceInformServiceOrientationAndCompetence() {
    assertEquals(CoreValues.BERORIENTASI_PELAYANAN, question("perilaku").coreValue());
    assertEquals(CoreValues.KOMPETEN, question("kompetensi").coreValue());
    assertEquals(null, question("waktu").coreValue());
  }

  @Test
  void eachElementScoresTheMeanOfItsAnswers() {
    FeedbackResult result =
        source.aggregate(
            List.of(score("waktu", 4), score("waktu", 3), score("waktu", 3), score("sarana", 2)));
    assertEquals(new BigDecimal("3.33"), result.questionScores().get("waktu"));
    assertEquals(new BigDecimal("2.00"), result.questionScores().get("sarana"));
    assertFalse(result.questionScores().containsKey("biaya"));
  }

  @Test
  void aCoreValueScoresTheMeanOfItsAnswersMappedFromOneToFourOntoZeroToHundred() {
    // perilaku 4 -> 100, 2 -> 33.33; pengaduan 3 -> 66.67: mean 66.67
    FeedbackResult result =
        source.aggregate(
            List.of(score("perilaku", 4), score("perilaku", 2), score("pengaduan", 3)));
    assertEquals(
        new BigDecimal("66.67"), result.coreValueScores().get(CoreValues.BERORIENTASI_PELAYANAN));
    assertEquals(
        new BigDecimal("0.00"),
        source
            .aggregate(List.of(score("kompetensi", 1)))
            .coreValueScores()
            .get(CoreValues.KOMPETEN));
  }

  @Test
  void freeTextUnknownQuestionsAndScoresOffTheScaleAreLeftOut() {
    FeedbackResult result =
        source.aggregate(
            List.of(
                new FeedbackAnswer("saran", RespondentGroup.PUBLIC, null, "Antrian terlalu lama"),
                score("lain", 4),
                score("waktu", 5),
                score("waktu", 0),
                score("waktu", 2)));
    assertEquals(java.util.Map.of("waktu", new BigDecimal("2.00")), result.questionScores());
    assertTrue(result.coreValueScores().isEmpty());
  }

  private FeedbackQuestion question(String id) {
    return source.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }
}
