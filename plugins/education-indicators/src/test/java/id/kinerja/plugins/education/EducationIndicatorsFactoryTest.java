package id.kinerja.plugins.education;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EducationIndicatorsFactoryTest {

  private final EducationIndicatorsFactory factory = new EducationIndicatorsFactory();

  @Test
  void passingMarkOutsideOneToHundredIsRefused() {
    for (String passing : List.of("0", "101", "tinggi")) {
      ConfigurationException e =
          assertThrows(
              ConfigurationException.class,
              () -> validate(Map.of("passingScore", passing, "feedbackScale", "1-4")),
              passing);
      assertEquals("passingScore", e.property());
    }
    assertDoesNotThrow(() -> validate(Map.of("passingScore", "100", "feedbackScale", "1-5")));
  }

  @Test
  void feedbackScaleOtherThanOneToFourOrFiveIsRefused() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> validate(Map.of("passingScore", "75", "feedbackScale", "1-10")));
    assertEquals("feedbackScale", e.property());
  }

  @Test
  void declaresPassingMarkDefaultSeventyFiveAndFeedbackScaleChoice() {
    List<ConfigProperty> properties = factory.configProperties();
    assertEquals("passingScore", properties.get(0).name());
    assertEquals(ConfigProperty.Type.INTEGER, properties.get(0).type());
    assertEquals("75", properties.get(0).defaultValue());
    assertEquals(List.of("1-4", "1-5"), properties.get(1).options());
    assertEquals("education-indicators", factory.id());
  }

  @Test
  void regionPassingMarkAndScaleAppearInTheDefinitions() throws Exception {
    Map<String, String> config = Map.of("passingScore", "70", "feedbackScale", "1-5");
    validate(config);
    var definitions = factory.create(config).definitions();
    assertEquals(true, definitions.get(1).guidanceId().contains("KKM 70"));
    assertEquals("skala 1-5", definitions.get(2).unit());
  }

  /** Checks values as the platform does from the declaration, then as the factory does. */
  private void validate(Map<String, String> values) throws ConfigurationException {
    factory.validate(Configuration.checked(factory.configProperties(), values));
  }
}
