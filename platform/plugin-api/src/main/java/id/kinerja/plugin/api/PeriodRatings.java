package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a training rule is told about one employee's period: the two ratings, the predikat, and the
 * 360 feedback scores per core value (only those above the anonymity threshold).
 *
 * @param results the rating of hasil kerja (work results)
 * @param behaviour the rating of perilaku kerja (work behaviour)
 * @param predicate the predikat kinerja of the period
 * @param coreValueScores feedback scores from 0 to 100 by {@link CoreValues code}; empty if none
 * @since 1.1.0
 */
public record PeriodRatings(
    Rating results,
    Rating behaviour,
    Predicate predicate,
    Map<String, BigDecimal> coreValueScores) {

  /** A rating of hasil kerja or of perilaku kerja. */
  public enum Rating {
    /** Di Atas Ekspektasi. */
    ABOVE_EXPECTATION,
    /** Sesuai Ekspektasi. */
    AS_EXPECTED,
    /** Di Bawah Ekspektasi. */
    BELOW_EXPECTATION
  }

  /** The predikat kinerja, from best to worst. */
  public enum Predicate {
    /** Sangat Baik. */
    SANGAT_BAIK,
    /** Baik. */
    BAIK,
    /** Butuh Perbaikan. */
    BUTUH_PERBAIKAN,
    /** Kurang / Misconduct. */
    KURANG,
    /** Sangat Kurang. */
    SANGAT_KURANG;

    /** Whether this predikat is the other one or worse. */
    public boolean isAtMost(Predicate other) {
      return compareTo(other) >= 0;
    }
  }

  /** Checks the components. */
  public PeriodRatings {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(predicate, "predicate");
    coreValueScores = Map.copyOf(coreValueScores == null ? Map.of() : coreValueScores);
  }
}
