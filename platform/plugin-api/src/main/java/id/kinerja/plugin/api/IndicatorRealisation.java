package id.kinerja.plugin.api;

import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The realisation of an indicator for one period, computed by a plugin.
 *
 * @param code the code of the indicator
 * @param value the realised value in the indicator's unit, or {@code null} if the period's data
 *     allow none (no records)
 * @param basedOn how many records the value was computed from
 * @param previousValue the same computation over the previous period, or {@code null}
 * @param trend how the value moved against the previous period, taking the indicator's direction
 *     into account
 * @param note an explanation for the employee and appraiser; empty texts if none
 * @since 1.1.0
 */
public record IndicatorRealisation(
    String code,
    BigDecimal value,
    int basedOn,
    BigDecimal previousValue,
    Trend trend,
    LocalizedText note) {

  /** How a realisation moved against the previous period. */
  public enum Trend {
    /** Better, in the indicator's direction. */
    IMPROVED,
    /** Neither better nor worse. */
    UNCHANGED,
    /** Worse, in the indicator's direction. */
    WORSENED,
    /** One of the two periods has no value. */
    UNKNOWN;

    /**
     * The trend from a previous value to the current one.
     *
     * @param direction whether a higher or a lower value is better
     * @param current the current value, or {@code null}
     * @param previous the previous value, or {@code null}
     */
    public static Trend between(Direction direction, BigDecimal current, BigDecimal previous) {
      Objects.requireNonNull(direction, "direction");
      if (current == null || previous == null) {
        return UNKNOWN;
      }
      int sign = current.compareTo(previous);
      if (direction == Direction.LOWER_IS_BETTER) {
        sign = -sign;
      }
      return sign > 0 ? IMPROVED : sign < 0 ? WORSENED : UNCHANGED;
    }
  }

  /**
   * Checks the components; a missing note is empty.
   *
   * @since 1.2.0
   */
  public IndicatorRealisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(trend, "trend");
    if (basedOn < 0) {
      throw new IllegalArgumentException("basedOn must not be negative");
    }
    note = note == null ? LocalizedText.of("", "") : note;
  }

  /**
   * A realisation as in API 1.1.
   *
   * @param noteId the note in Bahasa Indonesia (not an identifier), or empty
   * @param noteEn the note in English, or empty
   * @deprecated since 1.2.0: use the canonical constructor with a {@link LocalizedText}
   */
  @Deprecated
  public IndicatorRealisation(
      String code,
      BigDecimal value,
      int basedOn,
      BigDecimal previousValue,
      Trend trend,
      String noteId,
      String noteEn) {
    this(
        code,
        value,
        basedOn,
        previousValue,
        trend,
        LocalizedText.of(noteId == null ? "" : noteId, noteEn == null ? "" : noteEn));
  }

  /**
   * This realisation with another note.
   *
   * @since 1.2.0
   */
  public IndicatorRealisation withNote(LocalizedText note) {
    return new IndicatorRealisation(code, value, basedOn, previousValue, trend, note);
  }

  /**
   * The note in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #note()}
   */
  @Deprecated
  public String noteId() {
    return note.indonesian();
  }

  /**
   * The note in English.
   *
   * @deprecated since 1.2.0: use {@link #note()}
   */
  @Deprecated
  public String noteEn() {
    return note.english();
  }
}
