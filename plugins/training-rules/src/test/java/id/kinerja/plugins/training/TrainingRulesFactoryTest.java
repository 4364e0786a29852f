package id.kinerja.plugins.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRulesFactoryTest {

  private final TrainingRulesFactory factory = new TrainingRulesFactory();

  private static Map<String, String> config(String key, String value) {
    Map<String, String> config = new HashMap<>();
    config.put("coachingCode", "COACH");
    config.put("advancedCode", "ADV");
    config.put("weakScore", "60");
    config.put("valueTrainings", "HARMONIS=PUB-SPEAK;KOMPETEN=TECH-01");
    config.put(key, value);
    return config;
  }

  @Test
  void aWellFormedConfigurationIsAccepted() {
    assertDoesNotThrow(() -> validate(config("valueTrainings", "")));
    assertDoesNotThrow(() -> validate(config("valueTrainings", " HARMONIS = PUB-SPEAK ; ")));
    assertDoesNotThrow(() -> validate(config("weakScore", "100")));
  }

  @Test
  void valueTrainingsNameOnlyKnownCoreValuesOnceEachWithWellFormedCodes() {
    for (String bad :
        List.of(
            "KOMUNIKASI=PUB-SPEAK",
            "HARMONIS",
            "HARMONIS=",
            "HARMONIS=PUB SPEAK",
            "HARMONIS=A=B",
            "HARMONIS=PUB-SPEAK;HARMONIS=TECH-01")) {
      ConfigurationException e =
          assertThrows(
              ConfigurationException.class, () -> validate(config("valueTrainings", bad)), bad);
      assertEquals("valueTrainings", e.property(), bad);
    }
    ConfigurationException unknown =
        assertThrows(
            ConfigurationException.class,
            () -> validate(config("valueTrainings", "KOMUNIKASI=PUB-SPEAK")));
    assertTrue(unknown.getMessage().contains("bukan kode nilai dasar"), unknown.getMessage());
    assertTrue(unknown.messageEn().contains("BERORIENTASI_PELAYANAN"), unknown.messageEn());
  }

  @Test
  void weakScoreOutsideZeroToHundredIsRefused() {
    for (String score : List.of("-1", "100.5")) {
      ConfigurationException e =
          assertThrows(ConfigurationException.class, () -> validate(config("weakScore", score)));
      assertEquals("weakScore", e.property());
    }
  }

  @Test
  void coachingAndAdvancedCodesMustBeWellFormed() {
    for (String property : List.of("coachingCode", "advancedCode")) {
      ConfigurationException e =
          assertThrows(
              ConfigurationException.class, () -> validate(config(property, "kode dengan spasi")));
      assertEquals(property, e.property());
    }
  }

  @Test
  void declaresTheFourPropertiesWithWeakScoreSixtyByDefault() {
    assertEquals("training-rules", factory.id());
    assertEquals(
        List.of("coachingCode", "advancedCode", "weakScore", "valueTrainings"),
        factory.configProperties().stream().map(ConfigProperty::name).toList());
    ConfigProperty weak = factory.configProperties().get(2);
    assertEquals(ConfigProperty.Type.DECIMAL, weak.type());
    assertEquals("60", weak.defaultValue());
    assertEquals(ConfigProperty.Type.TEXT, factory.configProperties().get(3).type());
  }

  /** Checks values as the platform does from the declaration, then as the factory does. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }
}
