package id.kinerja.platform.survey.domain;

import java.math.BigDecimal;

/**
 * The mutu pelayanan of a unit's IKM (PermenPANRB 14/2017): A 88.31–100, B 76.61–88.30, C
 * 65.00–76.60, D 25.00–64.99.
 */
public enum ServiceQuality {
  /** Sangat baik: very good. */
  A(new BigDecimal("88.31"), "Sangat Baik", "Very good"),
  /** Baik: good. */
  B(new BigDecimal("76.61"), "Baik", "Good"),
  /** Kurang baik: fair. */
  C(new BigDecimal("65.00"), "Kurang Baik", "Fair"),
  /** Tidak baik: poor. */
  D(BigDecimal.ZERO, "Tidak Baik", "Poor");

  private final BigDecimal lowest;
  private final String labelId;
  private final String labelEn;

  ServiceQuality(BigDecimal lowest, String labelId, String labelEn) {
    this.lowest = lowest;
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /** The quality of an IKM given to two decimals. */
  public static ServiceQuality of(BigDecimal ikm) {
    for (ServiceQuality quality : values()) {
      if (ikm.compareTo(quality.lowest) >= 0) {
        return quality;
      }
    }
    return D;
  }

  public String labelId() {
    return labelId;
  }

  public String labelEn() {
    return labelEn;
  }
}
