package id.kinerja.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackSourceSampleTest {

  private static final Set<RespondentGroup> COLLEAGUES =
      Set.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES);

  private final SampleFeedbackSource source =
      new SampleFeedbackSource(
          List.of(
              new FeedbackQuestion(
                  "listens",
                  "Mendengarkan warga",
                  "Listens to citizens",
                  5,
                  CoreValues.BERORIENTASI_PELAYANAN,
                  Set.of(RespondentGroup.PUBLIC)),
              new FeedbackQuestion(
                  "helps",
                  "Membantu dengan cepat",
                  "Helps quickly",
                  4,
                  CoreValues.BERORIENTASI_PELAYANAN,
                  COLLEAGUES),
              new FeedbackQuestion(
                  "shares", "Berbagi informasi", "Shares information", 4, null, COLLEAGUES),
              new FeedbackQuestion(
                  "comment", "Saran", "Suggestions", 0, null, Set.of(RespondentGroup.PEERS))),
          5);

  @Test
  void questionScoresAreMeansOnTheirOwnScaleAndCoreValuesCombineQuestionsOnZeroToHundred() {
    FeedbackResult result =
        source.aggregate(
            List.of(
                new FeedbackAnswer("listens", RespondentGroup.PUBLIC, 5, null),
                new FeedbackAnswer("listens", RespondentGroup.PUBLIC, 4, null),
                new FeedbackAnswer("helps", RespondentGroup.PEERS, 2, null),
                new FeedbackAnswer("helps", RespondentGroup.SUBORDINATES, 3, null),
                new FeedbackAnswer("shares", RespondentGroup.PEERS, 4, null),
                new FeedbackAnswer("comment", RespondentGroup.PEERS, null, "Lebih ramah")));

    assertEquals(
        Map.of(
            "listens", new BigDecimal("4.50"),
            "helps", new BigDecimal("2.50"),
            "shares", new BigDecimal("4.00")),
        result.questionScores());
    // listens: (4.5 - 1) / 4 = 87.5 %; helps: (2.5 - 1) / 3 = 50 %; the value: their mean.
    assertEquals(
        Map.of(CoreValues.BERORIENTASI_PELAYANAN, new BigDecimal("68.75")),
        result.coreValueScores());
  }

  @Test
  void aSourceAsksTheGroupsOfItsQuestionsAndMaySuggestAHigherAnonymityThreshold() {
    assertEquals(
        Set.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES, RespondentGroup.PUBLIC),
        source.respondents());
    assertEquals(5, source.anonymityThreshold());
    assertEquals(3, FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD);
  }

  @Test
  void aQuestionNamesOneOfTheSevenCoreValuesAndHasAScaleOfAtLeastTwoPoints() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeedbackQuestion("q", "T", "T", 5, "RAMAH", COLLEAGUES));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeedbackQuestion("q", "T", "T", 1, null, COLLEAGUES));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeedbackQuestion("q", "T", "T", 4, null, Set.of()));
  }
}
