package id.kinerja.plugins.education;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.util.List;

/** Offers the education sector's indicators for teachers, with the region's passing mark. */
public final class EducationIndicatorsFactory implements IndicatorProviderFactory {

  static final String PASSING_SCORE = "passingScore";
  static final String FEEDBACK_SCALE = "feedbackScale";

  @Override
  public String id() {
    return "education-indicators";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Indikator sektor pendidikan", "Education sector indicators");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        ConfigProperty.integer(
            PASSING_SCORE,
            LocalizedText.of("Kriteria ketuntasan minimal (KKM)", "Passing mark"),
            75,
            1,
            100),
        ConfigProperty.choice(
            FEEDBACK_SCALE,
            LocalizedText.of(
                "Skala umpan balik peserta didik dan orang tua",
                "Student and parent feedback scale"),
            "1-4",
            List.of("1-4", "1-5")));
  }

  @Override
  public IndicatorProvider create(Configuration config) {
    return new EducationIndicators(
        config.integer(PASSING_SCORE), config.choice(FEEDBACK_SCALE).equals("1-5") ? 5 : 4);
  }
}
