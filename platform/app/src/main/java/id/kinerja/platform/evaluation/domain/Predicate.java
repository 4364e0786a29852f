package id.kinerja.platform.evaluation.domain;

import java.util.Objects;

/**
 * Predikat kinerja: the final category of a period, in the official order from best to worst. It
 * follows from the two ratings of the period by the national matrix (rows: rating hasil kerja,
 * columns: rating perilaku kerja):
 *
 * <pre>
 * hasil kerja \ perilaku | Di Bawah                | Sesuai          | Di Atas
 * Di Atas                | Kurang / Misconduct     | Baik            | Sangat Baik
 * Sesuai                 | Kurang / Misconduct     | Baik            | Baik
 * Di Bawah               | Sangat Kurang           | Butuh Perbaikan | Butuh Perbaikan
 * </pre>
 */
public enum Predicate {
  /** Sangat Baik. */
  SANGAT_BAIK("Sangat Baik", "Very good", 150),
  /** Baik. */
  BAIK("Baik", "Good", 100),
  /** Butuh Perbaikan. */
  BUTUH_PERBAIKAN("Butuh Perbaikan", "Needs improvement", 75),
  /** Kurang, called Misconduct when the results are met but the behaviour is not. */
  KURANG("Kurang/Misconduct", "Poor/Misconduct", 50),
  /** Sangat Kurang. */
  SANGAT_KURANG("Sangat Kurang", "Very poor", 25);

  private final String labelId;
  private final String labelEn;
  private final int creditPercentage;

  Predicate(String labelId, String labelEn, int creditPercentage) {
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.creditPercentage = creditPercentage;
  }

  /**
   * The predikat of a period by the national matrix. Behaviour below expectation can never be
   * outweighed by results: it gives Kurang/Misconduct, or Sangat Kurang when the results are below
   * expectation too.
   *
   * @param resultRating rating hasil kerja
   * @param behaviourRating rating perilaku kerja
   */
  public static Predicate of(Rating resultRating, Rating behaviourRating) {
    Objects.requireNonNull(resultRating, "resultRating");
    Objects.requireNonNull(behaviourRating, "behaviourRating");
    return switch (resultRating) {
      case ABOVE_EXPECTATION ->
          switch (behaviourRating) {
            case BELOW_EXPECTATION -> KURANG;
            case AS_EXPECTED -> BAIK;
            case ABOVE_EXPECTATION -> SANGAT_BAIK;
          };
      case AS_EXPECTED ->
          switch (behaviourRating) {
            case BELOW_EXPECTATION -> KURANG;
            case AS_EXPECTED, ABOVE_EXPECTATION -> BAIK;
          };
      case BELOW_EXPECTATION ->
          switch (behaviourRating) {
            case BELOW_EXPECTATION -> SANGAT_KURANG;
            case AS_EXPECTED, ABOVE_EXPECTATION -> BUTUH_PERBAIKAN;
          };
    };
  }

  /** The Indonesian label, the official name. */
  public String labelId() {
    return labelId;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }

  /**
   * The share of a functional position's yearly credit-point coefficient this predikat earns, in
   * percent (PermenPANRB 1/2023): 150, 100, 75, 50, 25.
   *
   * @see CreditPoints
   */
  public int creditPercentage() {
    return creditPercentage;
  }
}
