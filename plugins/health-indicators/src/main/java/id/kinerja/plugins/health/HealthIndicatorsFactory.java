package id.kinerja.plugins.health;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.util.List;

/** Offers the health sector's patient-service indicators, with the region's service standard. */
public final class HealthIndicatorsFactory implements IndicatorProviderFactory {

  static final String MAX_WAIT_MINUTES = "maxWaitMinutes";
  static final String SATISFACTION_SCALE = "satisfactionScale";

  @Override
  public String id() {
    return "health-indicators";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Indikator sektor kesehatan", "Health sector indicators");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        ConfigProperty.integer(
            MAX_WAIT_MINUTES,
            LocalizedText.of(
                "Standar waktu tunggu pasien (menit)", "Patient waiting time standard (minutes)"),
            60,
            1,
            480),
        ConfigProperty.choice(
            SATISFACTION_SCALE,
            LocalizedText.of("Skala kepuasan pasien", "Patient satisfaction scale"),
            "1-4",
            List.of("1-4", "1-5")));
  }

  @Override
  public IndicatorProvider create(Configuration config) {
    String scale = config.choice(SATISFACTION_SCALE);
    return new HealthIndicators(config.integer(MAX_WAIT_MINUTES), scale.equals("1-5") ? 5 : 4);
  }
}
