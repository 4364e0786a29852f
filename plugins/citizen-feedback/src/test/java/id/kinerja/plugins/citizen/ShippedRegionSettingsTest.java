package id.kinerja.plugins.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantDefinition.PluginSettings;
import id.kinerja.tenantconfig.TenantsConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regions shipped in {@code tenants-config} that enable this plugin configure it validly. */
class ShippedRegionSettingsTest {

  @Test
  void banyumanikBungoAndLampungEnableItWithSettingsThePluginAccepts() throws Exception {
    CitizenFeedbackFactory factory = new CitizenFeedbackFactory();
    List<TenantDefinition> enabling =
        TenantsConfig.at(Path.of("../../tenants-config")).tenants().stream()
            .filter(t -> t.plugins().containsKey(factory.id()))
            .filter(t -> t.plugins().get(factory.id()).enabled())
            .toList();
    assertEquals(
        List.of("banyumanik", "bungo", "lampung"),
        enabling.stream().map(TenantDefinition::code).sorted().toList());
    List<String> declared =
        factory.configProperties().stream().map(ConfigProperty::name).sorted().toList();
    for (TenantDefinition tenant : enabling) {
      PluginSettings settings = tenant.plugins().get(factory.id());
      assertEquals(
          declared,
          settings.config().keySet().stream().sorted().toList(),
          tenant.code() + " must set exactly the declared properties");
      factory.validate(PluginConfiguration.configuration(factory, settings.config()));
    }
  }
}
