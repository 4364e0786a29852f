package id.kinerja.platform.plugin.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigProperty.Type;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginConfigurationTest {

  private final HealthLikeFactory factory = new HealthLikeFactory();

  @Test
  void declaredDefaultsFillThePropertiesTheRegionLeavesOut() throws Exception {
    Map<String, String> config = PluginConfiguration.effectiveConfig(factory, Map.of());

    assertEquals(
        List.of(
            Map.entry("maxWaitMinutes", "60"),
            Map.entry("satisfactionScale", "1-4"),
            Map.entry("publicSurvey", "false")),
        List.copyOf(config.entrySet()));
    assertEquals(List.of(config), factory.validated);
  }

  @Test
  void theRegionsValuesTakePrecedenceOverDefaultsAndAreGivenOneWayOfWriting() throws Exception {
    Map<String, String> config =
        PluginConfiguration.effectiveConfig(
            factory,
            Map.of(
                "maxWaitMinutes", " +045 ",
                "satisfactionScale", "1-5",
                "publicSurvey", "TRUE",
                "weight", "2.5",
                "note", " as agreed "));

    assertEquals(
        Map.of(
            "maxWaitMinutes", "45",
            "satisfactionScale", "1-5",
            "publicSurvey", "true",
            "weight", "2.5",
            "note", " as agreed "),
        config);
  }

  @Test
  void aBlankValueCountsAsLeftOut() throws Exception {
    Map<String, String> config =
        PluginConfiguration.effectiveConfig(factory, Map.of("maxWaitMinutes", "  "));

    assertEquals("60", config.get("maxWaitMinutes"));
  }

  @Test
  void aValueThatIsNotAWholeNumberIsRefusedForAnIntegerProperty() {
    ConfigurationProblem problem = onlyProblem(Map.of("maxWaitMinutes", "sixty"));

    assertEquals("maxWaitMinutes", problem.property());
    assertEquals(
        "'Standar waktu tunggu pasien (menit)' harus berupa bilangan bulat, misalnya 60,"
            + " bukan \"sixty\".",
        problem.messageId());
    assertEquals(
        "'Patient waiting time standard (minutes)' must be a whole number, for example 60,"
            + " not \"sixty\".",
        problem.messageEn());
    assertTrue(factory.validated.isEmpty(), "the factory sees only well-typed values");
  }

  @Test
  void aDecimalMustBeWrittenWithADot() {
    ConfigurationProblem problem = onlyProblem(Map.of("weight", "2,5"));

    assertEquals("weight", problem.property());
    assertTrue(problem.messageEn().contains("decimal number written with a dot"));
  }

  @Test
  void aBooleanMustBeTrueOrFalse() {
    ConfigurationProblem problem = onlyProblem(Map.of("publicSurvey", "ya"));

    assertEquals("publicSurvey", problem.property());
    assertTrue(problem.messageId().contains("true atau false"));
  }

  @Test
  void aKeyTheFactoryDoesNotDeclareIsRefused() {
    ConfigurationProblem problem = onlyProblem(Map.of("maxWaitMinute", "30"));

    assertEquals("maxWaitMinute", problem.property());
    assertEquals(
        "Property 'maxWaitMinute' is not known to Health sector indicators.", problem.messageEn());
    assertEquals(
        "Properti 'maxWaitMinute' tidak dikenal oleh Indikator sektor kesehatan.",
        problem.messageId());
  }

  @Test
  void aChoiceOutsideItsOptionsIsRefused() {
    ConfigurationProblem problem = onlyProblem(Map.of("satisfactionScale", "1-10"));

    assertEquals("satisfactionScale", problem.property());
    assertEquals(
        "'Patient satisfaction scale' must be one of: 1-4, 1-5, not \"1-10\".",
        problem.messageEn());
  }

  @Test
  void aRequiredPropertyWithoutValueOrDefaultIsRefused() {
    factory.properties.add(
        new ConfigProperty(
            "officeCode", "Kode unit kerja", "Office code", Type.TEXT, null, true, null));

    ConfigurationProblem problem = onlyProblem(Map.of());

    assertEquals("officeCode", problem.property());
    assertEquals("'Kode unit kerja' wajib diisi.", problem.messageId());
    assertEquals("'Office code' is required.", problem.messageEn());
  }

  @Test
  void theFactorysOwnValidationIsSurfacedInBothLanguages() {
    ConfigurationProblem problem = onlyProblem(Map.of("maxWaitMinutes", "600"));

    assertEquals(
        new ConfigurationProblem(
            "maxWaitMinutes",
            "Standar waktu tunggu harus antara 1 dan 480 menit.",
            "The waiting time standard must be between 1 and 480 minutes."),
        problem);
  }

  @Test
  void aFactoryThatFailsWhileValidatingIsReportedAsAProblemNotACrash() {
    factory.failWith = new IllegalStateException("bug in plugin");

    ConfigurationProblem problem = onlyProblem(Map.of());

    assertTrue(problem.messageEn().contains("bug in plugin"), problem.messageEn());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> values = new HashMap<>();
    values.put("maxWaitMinutes", "sixty");
    values.put("satisfactionScale", "1-10");
    values.put("colour", "blue");

    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () -> PluginConfiguration.effectiveConfig(factory, values));

    assertEquals(
        List.of("maxWaitMinutes", "satisfactionScale", "colour"),
        e.problems().stream().map(ConfigurationProblem::property).toList());
  }

  @Test
  void aFeedbackSourcesAnonymityThresholdDefaultsToThreeAndTheFactoryRefusesLess()
      throws Exception {
    ThresholdSourceFactory sources = new ThresholdSourceFactory();

    assertEquals(
        Map.of(FeedbackSource.ANONYMITY_THRESHOLD, "3"),
        PluginConfiguration.effectiveConfig(sources, Map.of()));
    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () ->
                PluginConfiguration.effectiveConfig(
                    sources, Map.of(FeedbackSource.ANONYMITY_THRESHOLD, "2")));
    assertEquals(
        List.of(FeedbackSource.ANONYMITY_THRESHOLD),
        e.problems().stream().map(ConfigurationProblem::property).toList());
  }

  private ConfigurationProblem onlyProblem(Map<String, String> values) {
    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () -> PluginConfiguration.effectiveConfig(factory, values));
    assertEquals(1, e.problems().size(), () -> "one problem expected: " + e.problems());
    return e.problems().get(0);
  }

  /** Declares properties of every type, and checks a range as the health plugin does. */
  private static final class HealthLikeFactory implements IndicatorProviderFactory {

    final List<ConfigProperty> properties =
        new ArrayList<>(
            List.of(
                new ConfigProperty(
                    "maxWaitMinutes",
                    "Standar waktu tunggu pasien (menit)",
                    "Patient waiting time standard (minutes)",
                    Type.INTEGER,
                    "60",
                    true,
                    List.of()),
                new ConfigProperty(
                    "satisfactionScale",
                    "Skala kepuasan pasien",
                    "Patient satisfaction scale",
                    Type.CHOICE,
                    "1-4",
                    true,
                    List.of("1-4", "1-5")),
                new ConfigProperty(
                    "publicSurvey",
                    "Survei publik",
                    "Public survey",
                    Type.BOOLEAN,
                    "false",
                    false,
                    List.of()),
                new ConfigProperty(
                    "weight", "Bobot", "Weight", Type.DECIMAL, null, false, List.of()),
                new ConfigProperty("note", "Catatan", "Note", Type.TEXT, null, false, List.of())));
    final List<Map<String, String>> validated = new ArrayList<>();
    RuntimeException failWith;

    @Override
    public String id() {
      return "health-like";
    }

    @Override
    public String nameId() {
      return "Indikator sektor kesehatan";
    }

    @Override
    public String nameEn() {
      return "Health sector indicators";
    }

    @Override
    public List<ConfigProperty> configProperties() {
      return properties;
    }

    @Override
    public void validate(Map<String, String> config) throws ConfigurationException {
      validated.add(new LinkedHashMap<>(config));
      if (failWith != null) {
        throw failWith;
      }
      if (Integer.parseInt(config.get("maxWaitMinutes")) > 480) {
        throw new ConfigurationException(
            "maxWaitMinutes",
            "Standar waktu tunggu harus antara 1 dan 480 menit.",
            "The waiting time standard must be between 1 and 480 minutes.");
      }
    }

    @Override
    public IndicatorProvider create(Map<String, String> config) {
      return List::of;
    }
  }

  /** A feedback source factory that lets a region raise the anonymity threshold, never lower it. */
  private static final class ThresholdSourceFactory implements FeedbackSourceFactory {

    @Override
    public String id() {
      return "threshold-source";
    }

    @Override
    public String nameId() {
      return "Umpan balik rekan";
    }

    @Override
    public String nameEn() {
      return "Peer feedback";
    }

    @Override
    public List<ConfigProperty> configProperties() {
      return List.of(
          new ConfigProperty(
              FeedbackSource.ANONYMITY_THRESHOLD,
              "Ambang anonimitas (responden)",
              "Anonymity threshold (respondents)",
              Type.INTEGER,
              String.valueOf(FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD),
              true,
              List.of()));
    }

    @Override
    public void validate(Map<String, String> config) throws ConfigurationException {
      if (Integer.parseInt(config.get(FeedbackSource.ANONYMITY_THRESHOLD))
          < FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD) {
        throw new ConfigurationException(
            FeedbackSource.ANONYMITY_THRESHOLD,
            "Ambang anonimitas paling sedikit 3 responden.",
            "The anonymity threshold is at least 3 respondents.");
      }
    }

    @Override
    public FeedbackSource create(Map<String, String> config) {
      throw new UnsupportedOperationException("only configured in this test");
    }
  }
}
