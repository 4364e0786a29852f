package id.kinerja.plugins.education;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.List;
import java.util.Map;

/** Offers the education sector's indicators for teachers, with the region's passing mark. */
public final class EducationIndicatorsFactory implements IndicatorProviderFactory {

  static final String PASSING_SCORE = "passingScore";
  static final String FEEDBACK_SCALE = "feedbackScale";

  @Override
  public String id() {
    return "education-indicators";
  }

  @Override
  public String nameId() {
    return "Indikator sektor pendidikan";
  }

  @Override
  public String nameEn() {
    return "Education sector indicators";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            PASSING_SCORE,
            "Kriteria ketuntasan minimal (KKM)",
            "Passing mark",
            ConfigProperty.Type.INTEGER,
            "75",
            true,
            List.of()),
        new ConfigProperty(
            FEEDBACK_SCALE,
            "Skala umpan balik peserta didik dan orang tua",
            "Student and parent feedback scale",
            ConfigProperty.Type.CHOICE,
            "1-4",
            true,
            List.of("1-4", "1-5")));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    int passing;
    try {
      passing = Integer.parseInt(config.get(PASSING_SCORE));
    } catch (NumberFormatException e) {
      passing = -1;
    }
    if (passing < 1 || passing > 100) {
      throw new ConfigurationException(
          PASSING_SCORE,
          "KKM harus antara 1 dan 100.",
          "The passing mark must be between 1 and 100.");
    }
    if (!List.of("1-4", "1-5").contains(config.get(FEEDBACK_SCALE))) {
      throw new ConfigurationException(
          FEEDBACK_SCALE,
          "Skala umpan balik harus 1-4 atau 1-5.",
          "The feedback scale must be 1-4 or 1-5.");
    }
  }

  @Override
  public IndicatorProvider create(Map<String, String> config) {
    String scale = config.get(FEEDBACK_SCALE);
    return new EducationIndicators(
        Integer.parseInt(config.get(PASSING_SCORE)),
        Integer.parseInt(scale.substring(scale.indexOf('-') + 1)));
  }
}
