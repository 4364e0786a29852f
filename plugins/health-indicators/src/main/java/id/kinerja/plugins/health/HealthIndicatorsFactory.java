package id.kinerja.plugins.health;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
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
    String minutes = config.get(MAX_WAIT_MINUTES);
    String scale = config.get(SATISFACTION_SCALE);
    List<IndicatorDefinition> definitions =
        List.of(
            new IndicatorDefinition(
                "patient-wait-time",
                "Rata-rata waktu tunggu pasien",
                "Average patient waiting time",
                "menit",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                "Waktu dari pendaftaran sampai pasien dilayani; standar daerah "
                    + minutes
                    + " menit.",
                "Time from registration until the patient is served; the regional standard is "
                    + minutes
                    + " minutes."),
            new IndicatorDefinition(
                "patient-service-time",
                "Rata-rata waktu pelayanan pasien",
                "Average patient service time",
                "menit",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                "Lama pelayanan satu pasien, dari dipanggil sampai selesai.",
                "How long one patient is served, from being called until done."),
            new IndicatorDefinition(
                "patient-satisfaction",
                "Indeks kepuasan pasien",
                "Patient satisfaction index",
                "skala " + scale,
                Aspect.QUALITY,
                Direction.HIGHER_IS_BETTER,
                "Rata-rata penilaian pasien pada skala " + scale + ".",
                "Average of the patients' ratings on a " + scale + " scale."));
    return () -> definitions;
  }
}
