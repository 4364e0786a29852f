package id.kinerja.plugin.api;

/**
 * Thrown by a factory when a region's configuration is not valid. Its messages are shown to the
 * regional admin, so they are given in Bahasa Indonesia and English.
 */
public class ConfigurationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String messageEn;

  /**
   * @param property the property at fault, or {@code null} for the configuration as a whole
   * @param messageId the message in Bahasa Indonesia
   * @param messageEn the message in English
   */
  public ConfigurationException(String property, String messageId, String messageEn) {
    super(messageId);
    this.property = property;
    this.messageEn = messageEn;
  }

  /**
   * @param property the property at fault, or {@code null} for the configuration as a whole
   * @param message the message shown to the admin
   * @since 1.2.0
   */
  public ConfigurationException(String property, LocalizedText message) {
    this(property, message.indonesian(), message.english());
  }

  /** The property at fault, or {@code null} for the configuration as a whole. */
  public String property() {
    return property;
  }

  /**
   * The message in both languages.
   *
   * @since 1.2.0
   */
  public LocalizedText message() {
    return LocalizedText.of(getMessage(), messageEn);
  }

  /** The message in English; {@link #getMessage()} gives it in Bahasa Indonesia. */
  public String messageEn() {
    return messageEn;
  }
}
