package id.kinerja.plugins.citizen;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import java.util.List;
import java.util.Map;

/**
 * The citizen feedback source. Besides the anonymity threshold, a region sets how the platform's
 * public page protects itself: {@value #MAX_PER_HOUR} responses per device and unit per hour,
 * {@value #UNIT_CAP} responses per unit per minute before the page asks everyone to try later, and
 * {@value #ASK_EMPLOYEE} whether the page offers the unit's employees to choose who served.
 */
public final class CitizenFeedbackFactory implements FeedbackSourceFactory {

  /** The factory's id, also the plugin's. */
  public static final String ID = "citizen-feedback";

  static final String MAX_PER_HOUR = "maxPerHour";
  static final String UNIT_CAP = "unitCap";
  static final String ASK_EMPLOYEE = "askEmployee";

  /** The most responses per device and unit per hour a region may allow. */
  static final int MAX_PER_HOUR_LIMIT = 60;

  /** The most responses per unit per minute a region may allow. */
  static final int UNIT_CAP_LIMIT = 10_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String nameId() {
    return "Umpan balik masyarakat (SKM)";
  }

  @Override
  public String nameEn() {
    return "Citizen feedback (SKM survey)";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            FeedbackSource.ANONYMITY_THRESHOLD,
            "Ambang anonimitas (jumlah responden minimal)",
            "Anonymity threshold (fewest respondents)",
            ConfigProperty.Type.INTEGER,
            String.valueOf(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD),
            true,
            List.of()),
        new ConfigProperty(
            MAX_PER_HOUR,
            "Jawaban per perangkat per unit per jam",
            "Responses per device per unit per hour",
            ConfigProperty.Type.INTEGER,
            "5",
            true,
            List.of()),
        new ConfigProperty(
            UNIT_CAP,
            "Jawaban per unit per menit sebelum perlindungan banjir",
            "Responses per unit per minute before flood protection",
            ConfigProperty.Type.INTEGER,
            "30",
            true,
            List.of()),
        new ConfigProperty(
            ASK_EMPLOYEE,
            "Tawarkan pilihan petugas yang melayani",
            "Offer a choice of the employee who served",
            ConfigProperty.Type.BOOLEAN,
            "true",
            true,
            List.of()));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    int threshold = integer(config, FeedbackSource.ANONYMITY_THRESHOLD);
    if (threshold < FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD) {
      throw new ConfigurationException(
          FeedbackSource.ANONYMITY_THRESHOLD,
          "Ambang anonimitas minimal " + FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD + ".",
          "The anonymity threshold is at least "
              + FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD
              + ".");
    }
    within(config, MAX_PER_HOUR, MAX_PER_HOUR_LIMIT);
    within(config, UNIT_CAP, UNIT_CAP_LIMIT);
  }

  private static void within(Map<String, String> config, String property, int max)
      throws ConfigurationException {
    int value = integer(config, property);
    if (value < 1 || value > max) {
      throw new ConfigurationException(
          property,
          "Nilai harus antara 1 dan " + max + ".",
          "The value must be between 1 and " + max + ".");
    }
  }

  private static int integer(Map<String, String> config, String property)
      throws ConfigurationException {
    try {
      return Integer.parseInt(config.get(property));
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          property, "Nilai harus bilangan bulat.", "The value must be a whole number.");
    }
  }

  @Override
  public FeedbackSource create(Map<String, String> config) {
    return new CitizenFeedback(Integer.parseInt(config.get(FeedbackSource.ANONYMITY_THRESHOLD)));
  }
}
