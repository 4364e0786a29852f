package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * An indicator (IKI) that a plugin offers.
 *
 * @param code a stable code, unique within the provider, for example {@code patient-wait-time}
 * @param labelId the label in Bahasa Indonesia
 * @param labelEn the label in English
 * @param unit the unit of measure, for example {@code menit}
 * @param aspect the aspect of the indicator
 * @param direction whether a higher or a lower value is better
 * @param guidanceId guidance for employees in Bahasa Indonesia
 * @param guidanceEn guidance for employees in English
 */
public record IndicatorDefinition(
    String code,
    String labelId,
    String labelEn,
    String unit,
    Aspect aspect,
    Direction direction,
    String guidanceId,
    String guidanceEn) {

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

  /** Checks the definition. */
  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(labelId, "labelId");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(direction, "direction");
  }
}
