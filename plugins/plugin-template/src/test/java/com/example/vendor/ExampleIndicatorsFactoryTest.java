package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleIndicatorsFactoryTest {

  private final ExampleIndicatorsFactory factory = new ExampleIndicatorsFactory();

  @Test
  void theDailyTargetMustBeBetweenOneAndAThousand() throws ConfigurationException {
    factory.validate(Map.of("dailyTarget", "20"));
    ConfigurationException zero =
        assertThrows(
            ConfigurationException.class, () -> factory.validate(Map.of("dailyTarget", "0")));
    assertEquals("dailyTarget", zero.property());
    assertThrows(
        ConfigurationException.class, () -> factory.validate(Map.of("dailyTarget", "many")));
  }

  @Test
  void theIndicatorsGuidanceNamesTheRegionsTarget() {
    IndicatorDefinition definition =
        factory.create(Map.of("dailyTarget", "35")).definitions().get(0);
    assertEquals("visitors-served", definition.code());
    assertEquals("Serve at least 35 visitors a day.", definition.guidanceEn());
  }
}
