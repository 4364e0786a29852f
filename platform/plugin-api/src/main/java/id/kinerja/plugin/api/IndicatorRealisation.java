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
 * @param noteId an explanation for the employee and appraiser in Bahasa Indonesia, or empty
 * @param noteEn the explanation in English, or empty
 * @since 1.1.0
 */
public record IndicatorRealisation(
    String code,
    BigDecimal value,
    int basedOn,
    BigDecimal previousValue,
    Trend trend,
    String noteId,
    String noteEn) {

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

  /** Checks the components. */
  public IndicatorRealisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(trend, "trend");
    if (basedOn < 0) {
      throw new IllegalArgumentException("basedOn must not be negative");
    }
    noteId = noteId == null ? "" : noteId;
    noteEn = noteEn == null ? "" : noteEn;
  }
}
