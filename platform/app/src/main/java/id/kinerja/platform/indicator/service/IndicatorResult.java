package id.kinerja.platform.indicator.service;

import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One plugin indicator of an employee for a period: its definition and what the plugin computed, or
 * that the employee enters it, or why the plugin failed.
 *
 * @param pluginId the plugin
 * @param code the indicator's code; {@code null} when the plugin failed to list its indicators
 * @param labelId the label in Bahasa Indonesia; {@code null} like the code
 * @param labelEn the label in English; {@code null} like the code
 * @param unit the unit of measure, or {@code null}
 * @param direction whether a higher or a lower value is better; {@code null} like the code
 * @param guidanceId guidance for the employee in Bahasa Indonesia, or {@code null}
 * @param guidanceEn the guidance in English, or {@code null}
 * @param status computed, entered by the employee, or failed
 * @param value the computed value; {@code null} unless computed from at least one record
 * @param basedOn how many records the value rests on
 * @param previousValue the previous period's value, or {@code null}
 * @param trend the move against the previous period; {@code null} unless computed
 * @param noteId the plugin's explanation in Bahasa Indonesia, or empty
 * @param noteEn the explanation in English, or empty
 * @param failure why the plugin failed (in English, as the plugin host reports it), or {@code null}
 */
public record IndicatorResult(
    String pluginId,
    String code,
    String labelId,
    String labelEn,
    String unit,
    Direction direction,
    String guidanceId,
    String guidanceEn,
    Status status,
    BigDecimal value,
    int basedOn,
    BigDecimal previousValue,
    Trend trend,
    String noteId,
    String noteEn,
    String failure) {

  /** What the platform got from the plugin for this indicator. */
  public enum Status {
    /** The plugin computed the realisation from the feed. */
    COMPUTED,
    /** The plugin leaves the realisation to the employee, who enters it with the SKP's IKI. */
    ENTERED_BY_EMPLOYEE,
    /** The plugin threw or did not answer in time. */
    FAILED
  }

  /** The label in the locale's language (English, else Bahasa Indonesia), or null. */
  public String label(Locale locale) {
    return english(locale) ? labelEn : labelId;
  }

  /** The guidance in the locale's language, or null. */
  public String guidance(Locale locale) {
    return english(locale) ? guidanceEn : guidanceId;
  }

  /** The plugin's note in the locale's language, or empty. */
  public String note(Locale locale) {
    String note = english(locale) ? noteEn : noteId;
    return note == null ? "" : note;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
