package id.kinerja.platform.plugin.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A factory declared with API 1.2: bounds checked by the platform, values read typed. */
class TypedConfigurationTest {

  private final TypedFactory factory = new TypedFactory();

  @Test
  void aNumberBelowItsDeclaredMinimumIsRefusedByThePlatform() {
    ConfigurationProblem problem = onlyProblem(Map.of("minutes", "0"));

    assertEquals("minutes", problem.property());
    assertEquals("'Menit' harus antara 1 dan 480, bukan \"0\".", problem.messageId());
    assertEquals("'Minutes' must be between 1 and 480, not \"0\".", problem.messageEn());
    assertFalse(factory.validated, "the factory is not asked while a bound is broken");
  }

  @Test
  void aNumberAboveItsDeclaredMaximumIsRefusedByThePlatform() {
    assertEquals(
        "'Bobot' must be at most 1.5, not \"2\".", onlyProblem(Map.of("weight", "2")).messageEn());
  }

  @Test
  void theFactoryReadsEveryTypeWithoutParsing() throws Exception {
    Configuration config =
        PluginConfiguration.configuration(
            factory, Map.of("minutes", "45", "weight", "0.5", "scale", "1-5", "public", "true"));

    assertEquals(45, config.integer("minutes"));
    assertEquals(new BigDecimal("0.5"), config.decimal("weight"));
    assertEquals("1-5", config.choice("scale"));
    assertEquals(true, config.bool("public"));
    assertEquals("Dinas", config.text("unit"));
    assertEquals(45, factory.minutesSeen);
  }

  @Test
  void readingAPropertyAsAnotherTypeThanDeclaredIsAPluginBug() throws Exception {
    Configuration config = PluginConfiguration.configuration(factory, Map.of());

    assertThrows(IllegalArgumentException.class, () -> config.bool("minutes"));
  }

  private ConfigurationProblem onlyProblem(Map<String, String> values) {
    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () -> PluginConfiguration.effectiveConfig(factory, values));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    return e.problems().get(0);
  }

  private static final class TypedFactory implements IndicatorProviderFactory {

    boolean validated;
    int minutesSeen;

    @Override
    public String id() {
      return "typed";
    }

    @Override
    public LocalizedText name() {
      return LocalizedText.of("Bertipe", "Typed");
    }

    @Override
    public List<ConfigProperty> configProperties() {
      return List.of(
          ConfigProperty.integer("minutes", LocalizedText.of("Menit", "Minutes"), 60, 1, 480),
          ConfigProperty.decimal(
              "weight", LocalizedText.of("Bobot", "Bobot"), "1.0", null, new BigDecimal("1.5")),
          ConfigProperty.choice(
              "scale", LocalizedText.of("Skala", "Scale"), "1-4", List.of("1-4", "1-5")),
          ConfigProperty.bool("public", LocalizedText.of("Publik", "Public"), false),
          ConfigProperty.text("unit", LocalizedText.of("Unit", "Unit"), "Dinas", false));
    }

    @Override
    public void validate(Configuration config) throws ConfigurationException {
      validated = true;
      minutesSeen = config.integer("minutes");
    }

    @Override
    public IndicatorProvider create(Configuration config) {
      return List::of;
    }
  }
}
