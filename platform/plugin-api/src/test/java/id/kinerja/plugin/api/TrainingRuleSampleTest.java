package id.kinerja.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.PeriodRatings.Predicate;
import id.kinerja.plugin.api.PeriodRatings.Rating;
import id.kinerja.plugin.api.TrainingCatalogEntry.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRuleSampleTest {

  private static final List<TrainingCatalogEntry> CATALOG =
      List.of(
          new TrainingCatalogEntry(
              "PS-01", "Berbicara di depan umum", "Public speaking", Kind.TRAINING),
          new TrainingCatalogEntry("LDR-2", "Pelatihan kepemimpinan", "Leadership", Kind.TRAINING),
          new TrainingCatalogEntry("CO-1", "Coaching oleh atasan", "Coaching", Kind.COACHING));

  private final SampleTrainingRule rule =
      new SampleTrainingRule("PS-01", "LDR-2", new BigDecimal("60"));

  @Test
  void butuhPerbaikanWithWeakServiceFeedbackGetsCoachingThenTheCommunicationTraining() {
    PeriodRatings ratings =
        new PeriodRatings(
            Rating.AS_EXPECTED,
            Rating.BELOW_EXPECTATION,
            Predicate.BUTUH_PERBAIKAN,
            Map.of(CoreValues.BERORIENTASI_PELAYANAN, new BigDecimal("42.50")));

    assertEquals(
        List.of("CO-1", "PS-01"),
        rule.recommend(ratings, CATALOG).stream()
            .map(TrainingRecommendation::catalogCode)
            .toList());
  }

  @Test
  void strongResultsGetTheAdvancedTrainingAndNoCoaching() {
    PeriodRatings ratings =
        new PeriodRatings(
            Rating.ABOVE_EXPECTATION,
            Rating.AS_EXPECTED,
            Predicate.BAIK,
            Map.of(CoreValues.BERORIENTASI_PELAYANAN, new BigDecimal("80")));

    List<TrainingRecommendation> recommended = rule.recommend(ratings, CATALOG);

    assertEquals(List.of("LDR-2"), recommended.stream().map(r -> r.catalogCode()).toList());
    assertEquals("Results above expectation", recommended.get(0).reasonEn());
  }

  @Test
  void predikatOrderRunsFromBestToWorst() {
    assertTrue(Predicate.SANGAT_KURANG.isAtMost(Predicate.BUTUH_PERBAIKAN));
    assertTrue(Predicate.BUTUH_PERBAIKAN.isAtMost(Predicate.BUTUH_PERBAIKAN));
    assertTrue(!Predicate.BAIK.isAtMost(Predicate.BUTUH_PERBAIKAN));
  }
}
