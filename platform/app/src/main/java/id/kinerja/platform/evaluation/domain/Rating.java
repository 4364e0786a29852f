package id.kinerja.platform.evaluation.domain;

/**
 * A rating the appraiser gives for one period, both for the work results (rating hasil kerja) and
 * for the work behaviour (rating perilaku kerja). The two ratings together give the {@link
 * Predicate}.
 */
public enum Rating {
  /** Di Atas Ekspektasi. */
  ABOVE_EXPECTATION("Di Atas Ekspektasi", "Above expectation"),
  /** Sesuai Ekspektasi. */
  AS_EXPECTED("Sesuai Ekspektasi", "As expected"),
  /** Di Bawah Ekspektasi. */
  BELOW_EXPECTATION("Di Bawah Ekspektasi", "Below expectation");

  private final String labelId;
  private final String labelEn;

  Rating(String labelId, String labelEn) {
    this.labelId = labelId;
    this.labelEn = labelEn;
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
