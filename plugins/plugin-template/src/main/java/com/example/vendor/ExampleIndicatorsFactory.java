package com.example.vendor;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.util.List;

/**
 * Offers one indicator, visitors served at the counter, with the region's daily target as its one
 * declared property. The platform finds this factory through {@code
 * META-INF/services/id.kinerja.plugin.api.IndicatorProviderFactory}, checks a region's value
 * against the declaration (a whole number, required), asks {@link #validate} for the rest, and
 * hands {@link #create} the value typed.
 */
public final class ExampleIndicatorsFactory implements IndicatorProviderFactory {

  static final String DAILY_TARGET = "dailyTarget";
  static final String VISITORS_SERVED = "visitors-served";
  private static final int MAX_DAILY_TARGET = 1000;

  @Override
  public String id() {
    return "example-indicators";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Indikator layanan loket", "Counter service indicators");
  }

  @Override
  public List<ConfigProperty> configProperties() {
    // With bounds the platform would refuse 0 itself: ConfigProperty.integer(name, label, 20, 1,
    // 1000). This template words the refusal itself, to show validate.
    return List.of(
        new ConfigProperty(
            DAILY_TARGET,
            LocalizedText.of(
                "Target pengunjung terlayani per hari", "Visitors served per day (target)"),
            ConfigProperty.Type.INTEGER,
            "20",
            true,
            List.of(),
            null,
            null));
  }

  @Override
  public void validate(Configuration config) throws ConfigurationException {
    int target = config.integer(DAILY_TARGET);
    if (target < 1 || target > MAX_DAILY_TARGET) {
      throw new ConfigurationException(
          DAILY_TARGET,
          LocalizedText.of(
              "Target harian harus antara 1 dan " + MAX_DAILY_TARGET + ".",
              "The daily target must be between 1 and " + MAX_DAILY_TARGET + "."));
    }
  }

  @Override
  public IndicatorProvider create(Configuration config) {
    int target = config.integer(DAILY_TARGET);
    IndicatorDefinition visitorsServed =
        new IndicatorDefinition(
            VISITORS_SERVED,
            LocalizedText.of("Jumlah pengunjung terlayani", "Visitors served"),
            "orang",
            IndicatorDefinition.Aspect.QUANTITY,
            IndicatorDefinition.Direction.HIGHER_IS_BETTER,
            LocalizedText.of(
                "Layani minimal " + target + " pengunjung per hari.",
                "Serve at least " + target + " visitors a day."));
    return () -> List.of(visitorsServed);
  }
}
