package id.kinerja.platform.evaluation.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jenjang jabatan fungsional and its yearly credit-point coefficient (koefisien angka kredit
 * tahunan, PermenPANRB 1/2023): keahlian Ahli Pertama 12.5, Ahli Muda 25, Ahli Madya 37.5, Ahli
 * Utama 50; keterampilan Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25. The jenjang is the last
 * words of a functional position's name, as in "Perawat Ahli Muda" or "Bidan Terampil".
 */
public enum FunctionalLevel {
  /** Ahli Pertama. */
  AHLI_PERTAMA("Ahli Pertama", "12.5"),
  /** Ahli Muda. */
  AHLI_MUDA("Ahli Muda", "25"),
  /** Ahli Madya. */
  AHLI_MADYA("Ahli Madya", "37.5"),
  /** Ahli Utama. */
  AHLI_UTAMA("Ahli Utama", "50"),
  /** Pemula. */
  PEMULA("Pemula", "3.75"),
  /** Terampil. */
  TERAMPIL("Terampil", "5"),
  /** Mahir. */
  MAHIR("Mahir", "12.5"),
  /** Penyelia. */
  PENYELIA("Penyelia", "25");

  private final String label;
  private final BigDecimal yearlyCoefficient;
  private final Pattern inName;

  FunctionalLevel(String label, String yearlyCoefficient) {
    this.label = label;
    this.yearlyCoefficient = new BigDecimal(yearlyCoefficient);
    this.inName =
        Pattern.compile(
            "\\b" + label.toLowerCase(Locale.ROOT).replace(" ", "\\s+") + "\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /** The official name of the jenjang. */
  public String label() {
    return label;
  }

  /** The credit points a year rated Baik earns (100%). */
  public BigDecimal yearlyCoefficient() {
    return yearlyCoefficient;
  }

  /**
   * The jenjang a functional position's name states, ignoring case and spacing; empty if it states
   * none (then no credit points can be computed).
   */
  public static Optional<FunctionalLevel> fromPositionName(String positionName) {
    Objects.requireNonNull(positionName, "positionName");
    for (FunctionalLevel level : values()) {
      if (level.inName.matcher(positionName).find()) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
