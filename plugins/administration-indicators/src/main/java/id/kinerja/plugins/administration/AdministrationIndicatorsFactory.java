package id.kinerja.plugins.administration;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.List;
import java.util.Map;

/** Offers the indicators of administrative units, with the region's complaint handling targets. */
public final class AdministrationIndicatorsFactory implements IndicatorProviderFactory {

  static final String RESPONSE_TARGET_HOURS = "responseTargetHours";
  static final String RESOLUTION_TARGET_HOURS = "resolutionTargetHours";

  /** The longest target a region may set: 90 days. */
  private static final int MAX_HOURS = 2160;

  @Override
  public String id() {
    return "administration-indicators";
  }

  @Override
  public String nameId() {
    return "Indikator administrasi dan pengaduan";
  }

  @Override
  public String nameEn() {
    return "Administration and complaint indicators";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            RESPONSE_TARGET_HOURS,
            "Target waktu tanggapan pengaduan (jam)",
            "Complaint response time target (hours)",
            ConfigProperty.Type.INTEGER,
            "24",
            true,
            List.of()),
        new ConfigProperty(
            RESOLUTION_TARGET_HOURS,
            "Target waktu penyelesaian pengaduan (jam)",
            "Complaint resolution time target (hours)",
            ConfigProperty.Type.INTEGER,
            "120",
            true,
            List.of()));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    int response = hours(config, RESPONSE_TARGET_HOURS);
    int resolution = hours(config, RESOLUTION_TARGET_HOURS);
    if (resolution < response) {
      throw new ConfigurationException(
          RESOLUTION_TARGET_HOURS,
          "Target penyelesaian tidak boleh lebih pendek dari target tanggapan.",
          "The resolution target must not be shorter than the response target.");
    }
  }

  private static int hours(Map<String, String> config, String property)
      throws ConfigurationException {
    int hours;
    try {
      hours = Integer.parseInt(config.get(property));
    } catch (NumberFormatException e) {
      hours = -1;
    }
    if (hours < 1 || hours > MAX_HOURS) {
      throw new ConfigurationException(
          property,
          "Target harus antara 1 dan " + MAX_HOURS + " jam.",
          "The target must be between 1 and " + MAX_HOURS + " hours.");
    }
    return hours;
  }

  @Override
  public IndicatorProvider create(Map<String, String> config) {
    return new AdministrationIndicators(
        Integer.parseInt(config.get(RESPONSE_TARGET_HOURS)),
        Integer.parseInt(config.get(RESOLUTION_TARGET_HOURS)));
  }
}
