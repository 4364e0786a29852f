package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleIndicatorsFactoryTest {

  private final ExampleIndicatorsFactory factory = new ExampleIndicatorsFactory();

  @Test
  void theDailyTargetMustBeBetweenOneAndAThousand() throws ConfigurationException {
    validate(Map.of("dailyTarget", "20"));
    ConfigurationException zero =
        assertThrows(ConfigurationException.class, () -> validate(Map.of("dailyTarget", "0")));
    assertEquals("dailyTarget", zero.property());
    assertThrows(ConfigurationException.class, () -> validate(Map.of("dailyTarget", "many")));
  }

  @Test
  void theIndicatorsGuidanceNamesTheRegionsTarget() {
    IndicatorDefinition definition =
        factory.create(config(Map.of("dailyTarget", "35"))).definitions().get(0);
    assertEquals("visitors-served", definition.code());
    assertEquals("Serve at least 35 visitors a day.", definition.guidance().english());
  }

  /** Checks values as the platform does: first against the declaration, then the factory's rule. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }

  private Configuration config(Map<String, String> values) {
    return Configuration.of(factory.configProperties(), values);
  }
}
