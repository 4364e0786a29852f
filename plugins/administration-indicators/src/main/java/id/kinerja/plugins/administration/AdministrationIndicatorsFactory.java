package id.kinerja.plugins.administration;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.util.List;

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
  public LocalizedText name() {
    return LocalizedText.of(
        "Indikator administrasi dan pengaduan", "Administration and complaint indicators");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        ConfigProperty.integer(
            RESPONSE_TARGET_HOURS,
            LocalizedText.of(
                "Target waktu tanggapan pengaduan (jam)", "Complaint response time target (hours)"),
            24,
            1,
            MAX_HOURS),
        ConfigProperty.integer(
            RESOLUTION_TARGET_HOURS,
            LocalizedText.of(
                "Target waktu penyelesaian pengaduan (jam)",
                "Complaint resolution time target (hours)"),
            120,
            1,
            MAX_HOURS));
  }

  @Override
  public void validate(Configuration config) throws ConfigurationException {
    if (config.integer(RESOLUTION_TARGET_HOURS) < config.integer(RESPONSE_TARGET_HOURS)) {
      throw new ConfigurationException(
          RESOLUTION_TARGET_HOURS,
          LocalizedText.of(
              "Target penyelesaian tidak boleh lebih pendek dari target tanggapan.",
              "The resolution target must not be shorter than the response target."));
    }
  }

  @Override
  public IndicatorProvider create(Configuration config) {
    return new AdministrationIndicators(
        config.integer(RESPONSE_TARGET_HOURS), config.integer(RESOLUTION_TARGET_HOURS));
  }
}
