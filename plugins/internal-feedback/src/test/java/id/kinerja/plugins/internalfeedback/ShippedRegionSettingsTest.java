package id.kinerja.plugins.internalfeedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.RespondentGroup;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantDefinition.PluginSettings;
import id.kinerja.tenantconfig.TenantsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The regions shipped in {@code tenants-config} all enable this plugin and configure it validly.
 */
class ShippedRegionSettingsTest {

  private final InternalFeedbackSourceFactory factory = new InternalFeedbackSourceFactory();

  private List<TenantDefinition> enabling() throws Exception {
    return TenantsConfig.at(Path.of("../../tenants-config")).tenants().stream()
        .filter(t -> t.plugins().containsKey(factory.id()))
        .filter(t -> t.plugins().get(factory.id()).enabled())
        .toList();
  }

  @Test
  void everyRegionEnablesItWithSettingsThePluginAccepts() throws Exception {
    List<TenantDefinition> enabling = enabling();
    assertEquals(
        List.of("banyumanik", "bungo", "kupang", "lampung", "tanjungbalai"),
        enabling.stream().map(TenantDefinition::code).sorted().toList());
    List<String> declared = factory.configProperties().stream().map(ConfigProperty::name).toList();
    for (TenantDefinition tenant : enabling) {
      PluginSettings settings = tenant.plugins().get(factory.id());
      assertTrue(
          declared.containsAll(settings.config().keySet()),
          tenant.code() + " sets only declared properties");
      factory.validate(PluginConfiguration.configuration(factory, settings.config()));
    }
  }

  @Test
  void banyumanikAsksSupervisorAndPeersAndKupangAllThreeWithAThresholdOfFour() throws Exception {
    Map<String, PluginSettings> byRegion =
        enabling().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    TenantDefinition::code, t -> t.plugins().get(factory.id())));
    var banyumanik =
        factory.create(
            PluginConfiguration.effectiveConfig(factory, byRegion.get("banyumanik").config()));
    assertEquals(
        Set.of(RespondentGroup.PEERS, RespondentGroup.SUPERVISOR), banyumanik.respondents());
    var kupang =
        factory.create(
            PluginConfiguration.effectiveConfig(factory, byRegion.get("kupang").config()));
    assertEquals(InternalFeedbackSourceFactory.INTERNAL, kupang.respondents());
    assertEquals(4, kupang.anonymityThreshold());
  }
}
