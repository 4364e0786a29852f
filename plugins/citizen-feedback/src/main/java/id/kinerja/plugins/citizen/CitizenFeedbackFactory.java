package id.kinerja.plugins.citizen;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

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
  public LocalizedText name() {
    return LocalizedText.of("Umpan balik masyarakat (SKM)", "Citizen feedback (SKM survey)");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            FeedbackSource.ANONYMITY_THRESHOLD,
            LocalizedText.of(
                "Ambang anonimitas (jumlah responden minimal)",
                "Anonymity threshold (fewest respondents)"),
            ConfigProperty.Type.INTEGER,
            String.valueOf(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD),
            true,
            List.of(),
            BigDecimal.valueOf(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD),
            null),
        ConfigProperty.integer(
            MAX_PER_HOUR,
            LocalizedText.of(
                "Jawaban per perangkat per unit per jam", "Responses per device per unit per hour"),
            5,
            1,
            MAX_PER_HOUR_LIMIT),
        ConfigProperty.integer(
            UNIT_CAP,
            LocalizedText.of(
                "Jawaban per unit per menit sebelum perlindungan banjir",
                "Responses per unit per minute before flood protection"),
            30,
            1,
            UNIT_CAP_LIMIT),
        ConfigProperty.bool(
            ASK_EMPLOYEE,
            LocalizedText.of(
                "Tawarkan pilihan petugas yang melayani",
                "Offer a choice of the employee who served"),
            true));
  }

  @Override
  public FeedbackSource create(Configuration config) {
    return new CitizenFeedback(config.integer(FeedbackSource.ANONYMITY_THRESHOLD));
  }
}
