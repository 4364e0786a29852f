package id.kinerja.platform.evaluation.domain;

import java.util.Objects;

/**
 * Capaian kinerja organisasi: the result of a unit for a period, which sets the {@link
 * DistributionRule distribution curve} its employees' predikat must follow.
 *
 * <p>The head of a unit's rating hasil kerja is the unit's result, but a rating has three levels
 * and a unit result five. {@link #fromHeadRating} therefore gives the three results a rating can
 * reach; {@link #KURANG} and {@link #SANGAT_KURANG} are only ever set explicitly by the admin, for
 * instance from the organisation's own evaluation.
 */
public enum UnitResult {
  /** Istimewa. */
  ISTIMEWA("Istimewa", "Outstanding"),
  /** Baik. */
  BAIK("Baik", "Good"),
  /** Butuh Perbaikan. */
  BUTUH_PERBAIKAN("Butuh Perbaikan", "Needs improvement"),
  /** Kurang; set by the admin, never derived from a rating. */
  KURANG("Kurang", "Poor"),
  /** Sangat Kurang; set by the admin, never derived from a rating. */
  SANGAT_KURANG("Sangat Kurang", "Very poor");

  private final String labelId;
  private final String labelEn;

  UnitResult(String labelId, String labelEn) {
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /**
   * The unit result that follows from the rating hasil kerja of the unit's head: Di Atas Ekspektasi
   * gives Istimewa, Sesuai Ekspektasi gives Baik, Di Bawah Ekspektasi gives Butuh Perbaikan.
   *
   * @param headResultRating the head's rating hasil kerja for the period
   */
  public static UnitResult fromHeadRating(Rating headResultRating) {
    Objects.requireNonNull(headResultRating, "headResultRating");
    return switch (headResultRating) {
      case ABOVE_EXPECTATION -> ISTIMEWA;
      case AS_EXPECTED -> BAIK;
      case BELOW_EXPECTATION -> BUTUH_PERBAIKAN;
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
}
