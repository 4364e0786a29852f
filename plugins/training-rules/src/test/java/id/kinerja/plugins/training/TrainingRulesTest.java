package id.kinerja.plugins.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.PeriodRatings;
import id.kinerja.plugin.api.PeriodRatings.Predicate;
import id.kinerja.plugin.api.PeriodRatings.Rating;
import id.kinerja.plugin.api.TrainingCatalogEntry;
import id.kinerja.plugin.api.TrainingCatalogEntry.Kind;
import id.kinerja.plugin.api.TrainingRecommendation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

  private static final List<TrainingCatalogEntry> CATALOG =
      List.of(
          new TrainingCatalogEntry("COACH", "Coaching oleh atasan", "Coaching", Kind.COACHING),
          new TrainingCatalogEntry("ADV", "Diklat lanjutan", "Advanced course", Kind.TRAINING),
          new TrainingCatalogEntry(
              "PUB-SPEAK", "Public Speaking", "Public speaking", Kind.TRAINING),
          new TrainingCatalogEntry("TECH-01", "Diklat teknis", "Technical course", Kind.TRAINING));

  private final TrainingRules rules =
      (TrainingRules)
          new TrainingRulesFactory()
              .create(
                  Map.of(
                      "coachingCode", "COACH",
                      "advancedCode", "ADV",
                      "weakScore", "60",
                      "valueTrainings", "HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01"));

  @Test
  void butuhPerbaikanOrWorseIsRecommendedCoachingNamingThePredikat() {
    for (Rating behaviour : List.of(Rating.AS_EXPECTED, Rating.BELOW_EXPECTATION)) {
      Predicate predicate =
          behaviour == Rating.AS_EXPECTED ? Predicate.BUTUH_PERBAIKAN : Predicate.SANGAT_KURANG;
      List<TrainingRecommendation> recommended =
          rules.recommend(
              ratings(Rating.BELOW_EXPECTATION, behaviour, predicate, Map.of()), CATALOG);
      assertEquals(List.of("COACH"), codes(recommended), predicate.name());
    }
    TrainingRecommendation coaching =
        rules
            .recommend(
                ratings(
                    Rating.BELOW_EXPECTATION,
                    Rating.AS_EXPECTED,
                    Predicate.BUTUH_PERBAIKAN,
                    Map.of()),
                CATALOG)
            .get(0);
    assertTrue(coaching.reasonId().contains("Butuh Perbaikan"), coaching.reasonId());
    assertTrue(coaching.reasonEn().contains("Needs improvement"), coaching.reasonEn());
    assertEquals(
        List.of("COACH"),
        codes(
            rules.recommend(
                ratings(Rating.AS_EXPECTED, Rating.BELOW_EXPECTATION, Predicate.KURANG, Map.of()),
                CATALOG)),
        "Kurang/Misconduct is worse than Butuh Perbaikan");
  }

  @Test
  void baikWithResultsAsExpectedGetsNothing() {
    assertEquals(
        List.of(),
        rules.recommend(
            ratings(Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION, Predicate.BAIK, Map.of()),
            CATALOG));
  }

  @Test
  void resultsAboveExpectationOrSangatBaikAreRecommendedAdvancedTraining() {
    TrainingRecommendation strongResults =
        rules
            .recommend(
                ratings(Rating.ABOVE_EXPECTATION, Rating.AS_EXPECTED, Predicate.BAIK, Map.of()),
                CATALOG)
            .get(0);
    assertEquals("ADV", strongResults.catalogCode());
    assertEquals("Work results above expectation.", strongResults.reasonEn());
    assertEquals("Hasil kerja di atas ekspektasi.", strongResults.reasonId());
    // Sangat Baik always comes with results above expectation by the national matrix; the rule
    // also accepts the predikat alone.
    assertEquals(
        List.of("ADV"),
        codes(
            rules.recommend(
                ratings(
                    Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION, Predicate.SANGAT_BAIK, Map.of()),
                CATALOG)));
  }

  @Test
  void eachCoreValueScoredBelowTheWeakScoreGetsItsTrainingNamingValueAndScore() {
    List<TrainingRecommendation> recommended =
        rules.recommend(
            ratings(
                Rating.AS_EXPECTED,
                Rating.AS_EXPECTED,
                Predicate.BAIK,
                Map.of(
                    "HARMONIS", new BigDecimal("45.5"),
                    "KOMPETEN", new BigDecimal("59.9"),
                    "AKUNTABEL", new BigDecimal("10"))),
            CATALOG);
    assertEquals(List.of("PUB-SPEAK", "TECH-01"), codes(recommended), "AKUNTABEL has no training");
    assertEquals(
        "Skor umpan balik 360 nilai Harmonis 45.5, di bawah 60.", recommended.get(0).reasonId());
    assertEquals(
        "360 feedback score for Harmonious 45.5, below 60.", recommended.get(0).reasonEn());
  }

  @Test
  void aScoreAtTheWeakScoreIsNotWeak() {
    assertEquals(
        List.of(),
        rules.recommend(
            ratings(
                Rating.AS_EXPECTED,
                Rating.AS_EXPECTED,
                Predicate.BAIK,
                Map.of("HARMONIS", new BigDecimal("60.0"))),
            CATALOG));
  }

  @Test
  void codesTheCatalogLacksAreSkipped() {
    List<TrainingCatalogEntry> onlyCoaching = CATALOG.subList(0, 1);
    assertEquals(
        List.of("COACH"),
        codes(
            rules.recommend(
                ratings(
                    Rating.BELOW_EXPECTATION,
                    Rating.AS_EXPECTED,
                    Predicate.BUTUH_PERBAIKAN,
                    Map.of("HARMONIS", BigDecimal.ONE)),
                onlyCoaching)));
    assertEquals(
        List.of(),
        rules.recommend(
            ratings(
                Rating.ABOVE_EXPECTATION,
                Rating.ABOVE_EXPECTATION,
                Predicate.SANGAT_BAIK,
                Map.of()),
            onlyCoaching));
  }

  @Test
  void coachingComesBeforeValueTrainingsInTheOrderOfTheRegionsSetting() {
    TrainingRules reordered =
        (TrainingRules)
            new TrainingRulesFactory()
                .create(
                    Map.of(
                        "coachingCode", "COACH",
                        "advancedCode", "ADV",
                        "weakScore", "70",
                        "valueTrainings", "KOMPETEN=TECH-01;HARMONIS=PUB-SPEAK"));
    assertEquals(
        List.of("COACH", "TECH-01", "PUB-SPEAK"),
        codes(
            reordered.recommend(
                ratings(
                    Rating.BELOW_EXPECTATION,
                    Rating.AS_EXPECTED,
                    Predicate.BUTUH_PERBAIKAN,
                    Map.of("HARMONIS", new BigDecimal("65"), "KOMPETEN", new BigDecimal("69"))),
                CATALOG)));
  }

  private static PeriodRatings ratings(
      Rating results, Rating behaviour, Predicate predicate, Map<String, BigDecimal> scores) {
    return new PeriodRatings(results, behaviour, predicate, scores);
  }

  private static List<String> codes(List<TrainingRecommendation> recommendations) {
    return recommendations.stream().map(TrainingRecommendation::catalogCode).toList();
  }
}
