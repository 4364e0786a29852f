package id.kinerja.plugins.administration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdministrationIndicatorsFactoryTest {

  private final AdministrationIndicatorsFactory factory = new AdministrationIndicatorsFactory();

  @Test
  void targetsOutsideOneToTwoThousandOneHundredSixtyHoursAreRefused() {
    for (String hours : List.of("0", "2161", "cepat")) {
      ConfigurationException e =
          assertThrows(
              ConfigurationException.class,
              () -> validate(Map.of("responseTargetHours", hours, "resolutionTargetHours", "2160")),
              hours);
      assertEquals("responseTargetHours", e.property());
    }
    assertDoesNotThrow(
        () -> validate(Map.of("responseTargetHours", "24", "resolutionTargetHours", "24")));
  }

  @Test
  void resolutionTargetShorterThanResponseTargetIsRefused() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> validate(Map.of("responseTargetHours", "48", "resolutionTargetHours", "24")));
    assertEquals("resolutionTargetHours", e.property());
  }

  @Test
  void declaresBothTargetsAsIntegerHours() {
    assertEquals(
        List.of("responseTargetHours", "resolutionTargetHours"),
        factory.configProperties().stream().map(ConfigProperty::name).toList());
    factory
        .configProperties()
        .forEach(p -> assertEquals(ConfigProperty.Type.INTEGER, p.type(), p.name()));
    assertEquals("administration-indicators", factory.id());
  }

  /** Checks values as the platform does from the declaration, then as the factory does. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }
}
