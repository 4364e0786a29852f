package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.ConfigurationException;
import java.util.Objects;

/**
 * One thing wrong with a region's configuration of a factory, told to the regional admin in both
 * languages.
 *
 * @param property the property at fault, or {@code null} for the configuration as a whole
 * @param messageId the message in Bahasa Indonesia
 * @param messageEn the message in English
 */
public record ConfigurationProblem(String property, String messageId, String messageEn) {

  /** Checks the components. */
  public ConfigurationProblem {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** The problem a factory reported by throwing. */
  public static ConfigurationProblem of(ConfigurationException e) {
    String messageId = e.getMessage() == null ? "" : e.getMessage();
    String messageEn = e.messageEn() == null ? messageId : e.messageEn();
    return new ConfigurationProblem(e.property(), messageId, messageEn);
  }
}
