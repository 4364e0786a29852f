package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.ActivityKind;
import java.util.Locale;

/**
 * A development activity of the region's catalog recommended to an employee, with why.
 *
 * @param code the activity's catalog code
 * @param titleId its title in Bahasa Indonesia
 * @param titleEn its title in English
 * @param kind training, coaching, mentoring or on-the-job
 * @param reasonId why, in Bahasa Indonesia
 * @param reasonEn why, in English
 * @param pluginId the plugin whose rule recommended it
 */
public record Recommendation(
    String code,
    String titleId,
    String titleEn,
    ActivityKind kind,
    String reasonId,
    String reasonEn,
    String pluginId) {

  /** The title in the language of {@code locale}: English for English, Indonesian otherwise. */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleId;
  }

  /** The reason in the language of {@code locale}. */
  public String reason(Locale locale) {
    return "en".equals(locale.getLanguage()) ? reasonEn : reasonId;
  }
}
