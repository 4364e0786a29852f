package id.kinerja.plugin.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text shown to people, in the platform's two languages: Bahasa Indonesia (the official one) and
 * English. The API uses it for labels, names and guidance, so that a name ending in {@code Id} only
 * ever means an identifier.
 *
 * @param indonesian the text in Bahasa Indonesia
 * @param english the text in English
 * @since 1.2.0
 */
public record LocalizedText(String indonesian, String english) {

  /** Checks that both texts are given. */
  public LocalizedText {
    Objects.requireNonNull(indonesian, "indonesian");
    Objects.requireNonNull(english, "english");
  }

  /** The text in Bahasa Indonesia and in English. */
  public static LocalizedText of(String indonesian, String english) {
    return new LocalizedText(indonesian, english);
  }

  /** The text in a locale's language: English for {@code en}, Bahasa Indonesia otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
  }
}
