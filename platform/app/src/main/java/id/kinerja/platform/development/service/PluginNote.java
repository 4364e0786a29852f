package id.kinerja.platform.development.service;

import java.util.Locale;

/**
 * A training-rule plugin that failed while recommending: shown instead of its recommendations, the
 * other plugins' recommendations are still given.
 *
 * @param pluginId the plugin
 * @param messageId "Plugin X gagal: …"
 * @param messageEn "Plugin X failed: …"
 */
public record PluginNote(String pluginId, String messageId, String messageEn) {

  /** The message in the language of {@code locale}. */
  public String message(Locale locale) {
    return "en".equals(locale.getLanguage()) ? messageEn : messageId;
  }
}
