package com.example.vendor;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.List;
import java.util.Map;

/**
 * Offers one indicator, visitors served at the counter, with the region's daily target as its one
 * declared property. The platform finds this factory through {@code
 * META-INF/services/id.kinerja.plugin.api.IndicatorProviderFactory}.
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
  public String nameId() {
    return "Indikator layanan loket";
  }

  @Override
  public String nameEn() {
    return "Counter service indicators";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            DAILY_TARGET,
            "Target pengunjung terlayani per hari",
            "Visitors served per day (target)",
            ConfigProperty.Type.INTEGER,
            "20",
            true,
            List.of()));
  }

  @Override
  public void validate(Map<String, String> config) throws ConfigurationException {
    dailyTarget(config);
  }

  @Override
  public IndicatorProvider create(Map<String, String> config) {
    int target;
    try {
      target = dailyTarget(config);
    } catch (ConfigurationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    IndicatorDefinition visitorsServed =
        new IndicatorDefinition(
            VISITORS_SERVED,
            "Jumlah pengunjung terlayani",
            "Visitors served",
            "orang",
            IndicatorDefinition.Aspect.QUANTITY,
            IndicatorDefinition.Direction.HIGHER_IS_BETTER,
            "Layani minimal " + target + " pengunjung per hari.",
            "Serve at least " + target + " visitors a day.");
    return () -> List.of(visitorsServed);
  }

  private static int dailyTarget(Map<String, String> config) throws ConfigurationException {
    int target;
    try {
      target = Integer.parseInt(config.get(DAILY_TARGET));
    } catch (NumberFormatException e) {
      target = -1;
    }
    if (target < 1 || target > MAX_DAILY_TARGET) {
      throw new ConfigurationException(
          DAILY_TARGET,
          "Target harian harus antara 1 dan " + MAX_DAILY_TARGET + ".",
          "The daily target must be between 1 and " + MAX_DAILY_TARGET + ".");
    }
    return target;
  }
}
