package id.kinerja.systemtests;

import static id.kinerja.systemtests.RunningStack.portal;
import static id.kinerja.systemtests.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.systemtests.Api.Answer;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin made by a vendor outside the platform's build (started with plugins/new-plugin.sh and
 * built by this module's pom as a separate Maven project against the installed plugin-api and
 * plugin-parent only) runs in the platform and is enabled for one region only; and every plugin a
 * region enables in its tenant.yaml runs enabled there.
 */
@ExtendWith(RunningStack.class)
class VendorPluginE2E {

  private static final String VENDOR_PLUGIN = "queue-indicators";

  @Test
  void aPluginBuiltOutsideThePlatformRunsAndIsEnabledAndValidatedForOneRegionOnly() {
    JsonNode installed = plugin("kupang", VENDOR_PLUGIN);
    assertEquals("1.0.0", installed.get("version").asText(), installed.toString());
    assertEquals("DISABLED", installed.get("state").asText(), "installed and running, not enabled");

    String admin = token("kupang", "admin");
    long version =
        Api.get(portal("kupang"), "/api/v1/plugins/" + VENDOR_PLUGIN, admin)
            .body()
            .get("version")
            .asLong();
    Answer refused = enable(admin, version, "0");
    assertEquals(400, refused.status(), refused.text());
    assertTrue(
        refused.text().contains("The daily target must be between 1 and 1000."), refused.text());

    Answer enabled = enable(admin, version, "35");
    assertEquals(200, enabled.status(), enabled.text());
    assertEquals("35", enabled.body().at("/values/dailyTarget").asText());

    JsonNode inKupang = plugin("kupang", VENDOR_PLUGIN);
    assertEquals("ENABLED", inKupang.get("state").asText(), inKupang.toString());
    assertFalse(inKupang.hasNonNull("reason"), inKupang.toString());
    assertEquals("DISABLED", plugin("bungo", VENDOR_PLUGIN).get("state").asText());
  }

  @Test
  void everyPluginARegionEnablesInItsTenantYamlRunsEnabledThere() {
    List<String> checked = new ArrayList<>();
    for (TenantDefinition region :
        TenantsConfig.at(RunningStack.stack().options().tenantsDir()).tenants()) {
      for (Map.Entry<String, TenantDefinition.PluginSettings> setting :
          region.plugins().entrySet()) {
        if (setting.getValue().enabled()) {
          JsonNode plugin = plugin(region.code(), setting.getKey());
          assertEquals("ENABLED", plugin.get("state").asText(), region.code() + ": " + plugin);
          assertFalse(plugin.hasNonNull("reason"), region.code() + ": " + plugin);
          checked.add(region.code() + "/" + setting.getKey());
        }
      }
    }
    assertFalse(checked.isEmpty(), "the shipped regions enable plugins");
  }

  private static Answer enable(String adminToken, long version, String dailyTarget) {
    return Api.put(
        portal("kupang"),
        "/api/v1/plugins/" + VENDOR_PLUGIN,
        adminToken,
        "{\"version\":"
            + version
            + ",\"enabled\":true,\"config\":{\"dailyTarget\":\""
            + dailyTarget
            + "\"}}");
  }

  /** The plugin as GET /api/v1/plugins lists it for the region's admin. */
  private static JsonNode plugin(String region, String id) {
    Answer list = Api.get(portal(region), "/api/v1/plugins", token(region, "admin"));
    assertEquals(200, list.status(), list.text());
    for (JsonNode plugin : list.body()) {
      if (plugin.get("id").asText().equals(id)) {
        return plugin;
      }
    }
    throw new AssertionError(id + " is not listed in " + region + ": " + list.text());
  }
}
