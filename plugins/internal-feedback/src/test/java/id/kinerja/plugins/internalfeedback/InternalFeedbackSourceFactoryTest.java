package id.kinerja.plugins.internalfeedback;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.RespondentGroup;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalFeedbackSourceFactoryTest {

  private final InternalFeedbackSourceFactory factory = new InternalFeedbackSourceFactory();

  private static Map<String, String> config(String groups, String threshold) {
    return Map.of("groups", groups, "anonymityThreshold", threshold);
  }

  @Test
  void declaresGroupsAsTextAndTheThresholdAsAnIntegerWithDefaultsAllThreeGroupsAndThree() {
    assertEquals("internal-360", factory.id());
    List<ConfigProperty> properties = factory.configProperties();
    assertEquals(
        List.of("groups", "anonymityThreshold"),
        properties.stream().map(ConfigProperty::name).toList());
    assertEquals(ConfigProperty.Type.TEXT, properties.get(0).type());
    assertEquals("PEERS,SUBORDINATES,SUPERVISOR", properties.get(0).defaultValue());
    assertEquals(ConfigProperty.Type.INTEGER, properties.get(1).type());
    assertEquals("3", properties.get(1).defaultValue());
    assertDoesNotThrow(() -> validate(config("PEERS,SUBORDINATES,SUPERVISOR", "3")));
  }

  @Test
  void groupsAreACommaSeparatedSubsetOfTheThreeInternalGroups() throws Exception {
    assertEquals(
        Set.of(RespondentGroup.PEERS, RespondentGroup.SUPERVISOR),
        InternalFeedbackSourceFactory.groups(" peers , SUPERVISOR,"));
    for (String bad : List.of("", " , ", "PUBLIC", "PEERS,BOSS")) {
      ConfigurationException e =
          assertThrows(ConfigurationException.class, () -> validate(config(bad, "3")), bad);
      assertEquals("groups", e.property());
    }
  }

  @Test
  void theAnonymityThresholdIsAtLeastThreeAndAtMostFifty() {
    for (String bad : List.of("2", "0", "51", "tiga")) {
      ConfigurationException e =
          assertThrows(ConfigurationException.class, () -> validate(config("PEERS", bad)), bad);
      assertEquals("anonymityThreshold", e.property());
    }
    assertDoesNotThrow(() -> validate(config("PEERS", "50")));
  }

  @Test
  void theCreatedSourceAsksTheConfiguredGroupsWithTheConfiguredThreshold() {
    FeedbackSource source = factory.create(config("PEERS,SUPERVISOR", "4"));
    assertEquals(Set.of(RespondentGroup.PEERS, RespondentGroup.SUPERVISOR), source.respondents());
    assertEquals(4, source.anonymityThreshold());
    source.questions().forEach(q -> assertEquals(source.respondents(), q.askedOf(), q.id()));
  }

  /**
   * Checks values as the platform does from the declaration, then as the factory does; without the
   * declared defaults, so that a blank value is refused rather than replaced.
   */
  private void validate(Map<String, String> values) throws ConfigurationException {
    List<ConfigProperty> withoutDefaults =
        factory.configProperties().stream()
            .map(
                p ->
                    new ConfigProperty(
                        p.name(),
                        p.label(),
                        p.type(),
                        null,
                        p.required(),
                        p.options(),
                        p.min(),
                        p.max()))
            .toList();
    factory.validate(Configuration.checked(withoutDefaults, values));
  }
}
