package id.kinerja.plugins.health;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.List;
import java.util.Map;

/** Offers the health sector's patient-service indicators, with the region's service standard. */
public final class HealthIndicatorsFactory implements IndicatorProviderFactory {

  static final String MAX_WAIT_MINUTES = "maxWaitMinutes";
  static final String SATISFACTION_SCALE = "satisfactionScale";

  @Override
  public String id() {
    return "health-indicators";
  }

  @Override
  public String nameId() {
    return "Indikator sektor kesehatan";
  }

  @Override
  public String nameEn() {
    return "Health sector indicators";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            MAX_WAIT_MINUTES,
            "Standar waktu tunggu pasien (menit)",
            "Patient waiting time standard (minutes)",
            ConfigProperty.Type.INTEGER,
            "60",
            true,
            List.of()),
        new ConfigProperty(
            SATISFACTION_SCALE,
            "Skala kepuasan pasien",
            "Patient satisfaction scale",
            ConfigProperty.Type.CHOICE,
            "1-4",
            true,
            List.of("1-4", "1-5")));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    int minutes;
    try {
      minutes = Integer.parseInt(config.get(MAX_WAIT_MINUTES));
    } catch (NumberFormatException e) {
      minutes = -1;
    }
    if (minutes < 1 || minutes > 480) {
      throw new ConfigurationException(
          MAX_WAIT_MINUTES,
          "Standar waktu tunggu harus antara 1 dan 480 menit.",
          "The waiting time standard must be between 1 and 480 minutes.");
    }
  }

  @Override
  public IndicatorProvider create(Map<String, String> config) {
    String scale = config.get(SATISFACTION_SCALE);
    return new HealthIndicators(
        Integer.parseInt(config.get(MAX_WAIT_MINUTES)),
        Integer.parseInt(scale.substring(scale.indexOf('-') + 1)));
  }
}
