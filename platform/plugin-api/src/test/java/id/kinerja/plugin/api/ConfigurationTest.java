package id.kinerja.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  private static final List<ConfigProperty> DECLARED =
      List.of(
          ConfigProperty.integer("minutes", LocalizedText.of("Menit", "Minutes"), 60, 1, 480),
          ConfigProperty.decimal(
              "weight", LocalizedText.of("Bobot", "Weight"), "1.0", BigDecimal.ZERO, null),
          ConfigProperty.choice("scale", LocalizedText.of("Skala", "Scale"), "1-4", List.of("1-4")),
          ConfigProperty.bool("public", LocalizedText.of("Publik", "Public"), true),
          ConfigProperty.text("note", LocalizedText.of("Catatan", "Note"), null, false));

  @Test
  void defaultsFillWhatIsLeftOutAndValuesAreReadTyped() {
    Configuration config = Configuration.of(DECLARED, Map.of("minutes", "45", "weight", " "));

    assertEquals(45, config.integer("minutes"));
    assertEquals(new BigDecimal("1.0"), config.decimal("weight"));
    assertEquals("1-4", config.choice("scale"));
    assertTrue(config.bool("public"));
    assertEquals(Optional.empty(), config.value("note"));
    assertThrows(NoSuchElementException.class, () -> config.text("note"));
  }

  @Test
  void readingAsAnotherTypeThanDeclaredIsRefused() {
    Configuration config = Configuration.of(DECLARED, Map.of());

    assertThrows(IllegalArgumentException.class, () -> config.integer("scale"));
  }

  @Test
  void checkedRefusesAValueOutOfItsDeclaredBoundsNamingTheProperty() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> Configuration.checked(DECLARED, Map.of("minutes", "481")));

    assertEquals("minutes", e.property());
    assertEquals("'Minutes' must be between 1 and 480, not \"481\".", e.messageEn());
  }

  @Test
  void aPropertyChecksValuesOfItsTypeAndBounds() {
    ConfigProperty minutes = DECLARED.get(0);

    assertEquals(Optional.empty(), minutes.problemWith(" 480 "));
    assertEquals(Optional.empty(), minutes.problemWith(""));
    assertEquals(
        "'Menit' harus berupa bilangan bulat, misalnya 60, bukan \"lama\".",
        minutes.problemWith("lama").orElseThrow().indonesian());
    assertEquals(
        "'Weight' must be at least 0, not \"-1\".",
        DECLARED.get(1).problemWith("-1").orElseThrow().english());
  }

  @Test
  void onlyNumbersHaveBoundsAndMinIsNotAboveMax() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ConfigProperty(
                "x",
                LocalizedText.of("x", "x"),
                ConfigProperty.Type.TEXT,
                null,
                false,
                List.of(),
                BigDecimal.ONE,
                null));
    assertThrows(
        IllegalArgumentException.class,
        () -> ConfigProperty.integer("x", LocalizedText.of("x", "x"), 5, 10, 1));
  }

  @Test
  void aLocalizedTextIsShownInEnglishOnlyForEnglish() {
    LocalizedText text = LocalizedText.of("Menit", "Minutes");

    assertEquals("Minutes", text.in(Locale.ENGLISH));
    assertEquals("Menit", text.in(Locale.forLanguageTag("id")));
    assertEquals("Menit", text.in(null));
  }

  @SuppressWarnings("deprecation")
  @Test
  void theOneOneConstructorAndAccessorsStillWork() {
    ConfigProperty old =
        new ConfigProperty(
            "n", "Label", "Label EN", ConfigProperty.Type.INTEGER, "1", true, List.of());

    assertEquals("Label", old.labelId());
    assertEquals("Label EN", old.labelEn());
    assertEquals(LocalizedText.of("Label", "Label EN"), old.label());
  }
}
