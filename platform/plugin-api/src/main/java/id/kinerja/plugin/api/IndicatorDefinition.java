package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * An indicator (IKI) that a plugin offers.
 *
 * @param code a stable code, unique within the provider, for example {@code patient-wait-time}
 * @param label the label, for example {@code Rata-rata waktu tunggu pasien}
 * @param unit the unit of measure, for example {@code menit}
 * @param aspect the aspect of the indicator
 * @param direction whether a higher or a lower value is better
 * @param guidance guidance for employees: what is measured and how to do well; may be empty
 */
public record IndicatorDefinition(
    String code,
    LocalizedText label,
    String unit,
    Aspect aspect,
    Direction direction,
    LocalizedText guidance) {

  /** The aspect of an indicator, as PermenPANRB 6/2022 names them. */
  public enum Aspect {
    /** Kuantitas. */
    QUANTITY,
    /** Kualitas. */
    QUALITY,
    /** Waktu. */
    TIME,
    /** Biaya. */
    COST
  }

  /** Whether a higher or a lower value of the indicator is better. */
  public enum Direction {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER
  }

  /**
   * Checks the definition; a missing guidance is empty.
   *
   * @since 1.2.0
   */
  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(direction, "direction");
    guidance = guidance == null ? LocalizedText.of("", "") : guidance;
  }

  /**
   * A definition as in API 1.1.
   *
   * @param labelId the label in Bahasa Indonesia (not an identifier)
   * @param guidanceId the guidance in Bahasa Indonesia
   * @deprecated since 1.2.0: use the canonical constructor with {@link LocalizedText}s
   */
  @Deprecated
  public IndicatorDefinition(
      String code,
      String labelId,
      String labelEn,
      String unit,
      Aspect aspect,
      Direction direction,
      String guidanceId,
      String guidanceEn) {
    this(
        code,
        LocalizedText.of(labelId, labelEn),
        unit,
        aspect,
        direction,
        LocalizedText.of(
            guidanceId == null ? "" : guidanceId, guidanceEn == null ? "" : guidanceEn));
  }

  /**
   * The label in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #label()}
   */
  @Deprecated
  public String labelId() {
    return label.indonesian();
  }

  /**
   * The label in English.
   *
   * @deprecated since 1.2.0: use {@link #label()}
   */
  @Deprecated
  public String labelEn() {
    return label.english();
  }

  /**
   * The guidance in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #guidance()}
   */
  @Deprecated
  public String guidanceId() {
    return guidance.indonesian();
  }

  /**
   * The guidance in English.
   *
   * @deprecated since 1.2.0: use {@link #guidance()}
   */
  @Deprecated
  public String guidanceEn() {
    return guidance.english();
  }
}
