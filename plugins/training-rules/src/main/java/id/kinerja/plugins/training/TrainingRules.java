package id.kinerja.plugins.training;

import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.LocalizedText;
import id.kinerja.plugin.api.PeriodRatings;
import id.kinerja.plugin.api.PeriodRatings.Predicate;
import id.kinerja.plugin.api.PeriodRatings.Rating;
import id.kinerja.plugin.api.TrainingCatalogEntry;
import id.kinerja.plugin.api.TrainingRecommendation;
import id.kinerja.plugin.api.TrainingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The training rules of one region, in this order: predikat Butuh Perbaikan or worse → coaching;
 * results above expectation or predikat Sangat Baik → advanced training; each core value whose 360
 * score is below the weak score → the activity the region chose for it. A code the region's catalog
 * lacks is left out.
 */
final class TrainingRules implements TrainingRule {

  /** Names of the core values, Indonesian and English, by code. */
  private static final Map<String, String[]> VALUE_NAMES =
      Map.of(
          CoreValues.BERORIENTASI_PELAYANAN,
              new String[] {"Berorientasi Pelayanan", "Service-oriented"},
          CoreValues.AKUNTABEL, new String[] {"Akuntabel", "Accountable"},
          CoreValues.KOMPETEN, new String[] {"Kompeten", "Competent"},
          CoreValues.HARMONIS, new String[] {"Harmonis", "Harmonious"},
          CoreValues.LOYAL, new String[] {"Loyal", "Loyal"},
          CoreValues.ADAPTIF, new String[] {"Adaptif", "Adaptive"},
          CoreValues.KOLABORATIF, new String[] {"Kolaboratif", "Collaborative"});

  private final String coachingCode;
  private final String advancedCode;
  private final BigDecimal weakScore;

  /** The activity per weak core value, in the region's order. */
  private final Map<String, String> valueTrainings;

  TrainingRules(
      String coachingCode,
      String advancedCode,
      BigDecimal weakScore,
      Map<String, String> valueTrainings) {
    this.coachingCode = coachingCode;
    this.advancedCode = advancedCode;
    this.weakScore = weakScore;
    this.valueTrainings = Collections.unmodifiableMap(new LinkedHashMap<>(valueTrainings));
  }

  @Override
  public List<TrainingRecommendation> recommend(
      PeriodRatings ratings, List<TrainingCatalogEntry> catalog) {
    Set<String> codes =
        catalog.stream().map(TrainingCatalogEntry::code).collect(Collectors.toSet());
    List<TrainingRecommendation> recommended = new ArrayList<>();
    if (ratings.predicate().isAtMost(Predicate.BUTUH_PERBAIKAN)) {
      recommended.add(
          new TrainingRecommendation(
              coachingCode,
              LocalizedText.of(
                  "Predikat kinerja "
                      + predicateId(ratings.predicate())
                      + ": Butuh Perbaikan atau lebih rendah.",
                  "Performance predikat "
                      + predicateEn(ratings.predicate())
                      + ": needs improvement or worse.")));
    }
    if (ratings.results() == Rating.ABOVE_EXPECTATION
        || ratings.predicate() == Predicate.SANGAT_BAIK) {
      recommended.add(
          new TrainingRecommendation(
              advancedCode,
              LocalizedText.of(
                  ratings.results() == Rating.ABOVE_EXPECTATION
                      ? "Hasil kerja di atas ekspektasi."
                      : "Predikat kinerja Sangat Baik.",
                  ratings.results() == Rating.ABOVE_EXPECTATION
                      ? "Work results above expectation."
                      : "Performance predikat Very good.")));
    }
    for (Map.Entry<String, String> training : valueTrainings.entrySet()) {
      String value = training.getKey();
      BigDecimal score = ratings.coreValueScores().get(value);
      if (score != null && score.compareTo(weakScore) < 0) {
        String[] name = VALUE_NAMES.get(value);
        recommended.add(
            new TrainingRecommendation(
                training.getValue(),
                LocalizedText.of(
                    "Skor umpan balik 360 nilai "
                        + name[0]
                        + " "
                        + score.toPlainString()
                        + ", di bawah "
                        + weakScore.toPlainString()
                        + ".",
                    "360 feedback score for "
                        + name[1]
                        + " "
                        + score.toPlainString()
                        + ", below "
                        + weakScore.toPlainString()
                        + ".")));
      }
    }
    return recommended.stream().filter(r -> codes.contains(r.catalogCode())).toList();
  }

  private static String predicateId(Predicate predicate) {
    return switch (predicate) {
      case SANGAT_BAIK -> "Sangat Baik";
      case BAIK -> "Baik";
      case BUTUH_PERBAIKAN -> "Butuh Perbaikan";
      case KURANG -> "Kurang/Misconduct";
      case SANGAT_KURANG -> "Sangat Kurang";
    };
  }

  private static String predicateEn(Predicate predicate) {
    return switch (predicate) {
      case SANGAT_BAIK -> "Very good";
      case BAIK -> "Good";
      case BUTUH_PERBAIKAN -> "Needs improvement";
      case KURANG -> "Poor/Misconduct";
      case SANGAT_KURANG -> "Very poor";
    };
  }
}
