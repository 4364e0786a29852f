package id.kinerja.plugins.citizen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CitizenFeedbackFactoryTest {

  private final CitizenFeedbackFactory factory = new CitizenFeedbackFactory();

  private Map<String, String> defaults() {
    return factory.configProperties().stream()
        .collect(
            Collectors.toMap(
                ConfigProperty::name, ConfigProperty::defaultValue, (a, b) -> a, HashMap::new));
  }

  private Map<String, String> with(String property, String value) {
    Map<String, String> config = defaults();
    config.put(property, value);
    return config;
  }

  @Test
  void theDefaultsAreThresholdThreeFivePerHourThirtyPerMinuteAndTheEmployeeAsked() {
    assertEquals(
        Map.of(
            "anonymityThreshold", "3", "maxPerHour", "5", "unitCap", "30", "askEmployee", "true"),
        defaults());
    assertDoesNotThrow(() -> validate(defaults()));
    assertEquals(3, factory.create(defaults()).anonymityThreshold());
  }

  @Test
  void anAnonymityThresholdBelowThreeIsRefused() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> validate(with("anonymityThreshold", "2")));
    assertEquals("anonymityThreshold", e.property());
    assertEquals(5, factory.create(with("anonymityThreshold", "5")).anonymityThreshold());
  }

  @Test
  void limitsBelowOneAboveTheirCeilingOrNotNumbersAreRefused() {
    for (String property : new String[] {"maxPerHour", "unitCap"}) {
      for (String value : new String[] {"0", "100000", "banyak"}) {
        ConfigurationException e =
            assertThrows(
                ConfigurationException.class,
                () -> validate(with(property, value)),
                property + "=" + value);
        assertEquals(property, e.property());
      }
      assertDoesNotThrow(() -> validate(with(property, "1")));
    }
  }

  /** Checks values as the platform does from the declaration, then as the factory does. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }
}
