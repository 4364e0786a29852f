package id.kinerja.plugin.api;

import id.kinerja.plugin.api.PeriodRatings.Predicate;
import id.kinerja.plugin.api.PeriodRatings.Rating;
import id.kinerja.plugin.api.TrainingCatalogEntry.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A training rule as a vendor would write one, configured with catalog codes: Butuh Perbaikan or
 * worse → the catalog's first coaching; weak service orientation in feedback → the configured
 * communication training; results above expectation → the configured advanced training.
 */
final class SampleTrainingRule implements TrainingRule {

  private final String communicationCode;
  private final String advancedCode;
  private final BigDecimal weakBelow;

  SampleTrainingRule(String communicationCode, String advancedCode, BigDecimal weakBelow) {
    this.communicationCode = communicationCode;
    this.advancedCode = advancedCode;
    this.weakBelow = weakBelow;
  }

  @Override
  public List<TrainingRecommendation> recommend(
      PeriodRatings ratings, List<TrainingCatalogEntry> catalog) {
    List<TrainingRecommendation> recommended = new ArrayList<>();
    if (ratings.predicate().isAtMost(Predicate.BUTUH_PERBAIKAN)) {
      catalog.stream()
          .filter(e -> e.kind() == Kind.COACHING)
          .findFirst()
          .ifPresent(
              e ->
                  recommended.add(
                      new TrainingRecommendation(
                          e.code(),
                          "Predikat Butuh Perbaikan atau lebih rendah",
                          "Predikat Needs improvement or worse")));
    }
    BigDecimal service = ratings.coreValueScores().get(CoreValues.BERORIENTASI_PELAYANAN);
    if (service != null && service.compareTo(weakBelow) < 0) {
      recommended.add(
          new TrainingRecommendation(
              communicationCode,
              "Umpan balik pelayanan di bawah " + weakBelow,
              "Service feedback below " + weakBelow));
    }
    if (ratings.results() == Rating.ABOVE_EXPECTATION) {
      recommended.add(
          new TrainingRecommendation(
              advancedCode, "Hasil kerja di atas ekspektasi", "Results above expectation"));
    }
    return recommended;
  }
}
