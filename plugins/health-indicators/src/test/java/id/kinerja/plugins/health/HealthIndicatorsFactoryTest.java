package id.kinerja.plugins.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthIndicatorsFactoryTest {

  private final HealthIndicatorsFactory factory = new HealthIndicatorsFactory();

  @Test
  void waitingTimeStandardOutsideOneToFourHundredEightyMinutesIsRefused() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> validate(Map.of("maxWaitMinutes", "0", "satisfactionScale", "1-4")));
    assertEquals("maxWaitMinutes", e.property());
    assertThrows(
        ConfigurationException.class,
        () -> validate(Map.of("maxWaitMinutes", "lama", "satisfactionScale", "1-4")));
  }

  @Test
  void regionStandardAppearsInTheGuidanceOfTheWaitingTimeIndicator() throws Exception {
    Map<String, String> config = Map.of("maxWaitMinutes", "45", "satisfactionScale", "1-5");
    validate(config);
    List<IndicatorDefinition> definitions = factory.create(config).definitions();
    assertEquals(3, definitions.size());
    assertTrue(definitions.get(0).guidanceId().contains("45 menit"));
    assertEquals("skala 1-5", definitions.get(2).unit());
  }

  /** Checks values as the platform does from the declaration, then as the factory does. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }
}
