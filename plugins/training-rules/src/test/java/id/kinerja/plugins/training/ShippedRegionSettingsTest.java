package id.kinerja.plugins.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every region shipped in {@code tenants-config} enables this plugin with settings it accepts, and
 * every code it configures is in that region's own {@code training-catalog.csv}.
 */
class ShippedRegionSettingsTest {

  private static final Path TENANTS = Path.of("../../tenants-config");

  @Test
  void allRegionsEnableItWithValidSettingsNamingTheirOwnCatalogsCodes() throws Exception {
    TrainingRulesFactory factory = new TrainingRulesFactory();
    List<TenantDefinition> tenants = TenantsConfig.at(TENANTS).tenants();
    assertEquals(5, tenants.size());
    Set<Set<String>> catalogs = new HashSet<>();
    for (TenantDefinition tenant : tenants) {
      var settings = tenant.plugins().get(factory.id());
      assertTrue(settings != null && settings.enabled(), tenant.code() + " must enable it");
      Map<String, String> config = PluginConfiguration.effectiveConfig(factory, settings.config());
      Set<String> catalog = catalogCodes(tenant.code());
      List<String> configured = new ArrayList<>();
      configured.add(config.get("coachingCode"));
      configured.add(config.get("advancedCode"));
      configured.addAll(TrainingRulesFactory.valueTrainings(config.get("valueTrainings")).values());
      for (String code : configured) {
        assertTrue(catalog.contains(code), tenant.code() + " lacks " + code + " in its catalog");
      }
      catalogs.add(catalog);
    }
    assertEquals(5, catalogs.size(), "each region has its own catalog");
  }

  /** The codes of the region's catalog: the first column, with the kind checked. */
  private static Set<String> catalogCodes(String region) throws Exception {
    List<String> lines =
        Files.readAllLines(
            TENANTS.resolve(region).resolve("training-catalog.csv"), StandardCharsets.UTF_8);
    assertEquals("code,titleId,titleEn,kind", lines.get(0));
    Set<String> codes = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split(",");
      assertEquals(4, columns.length, region + ": " + line);
      assertTrue(
          List.of("TRAINING", "COACHING", "MENTORING", "ON_THE_JOB").contains(columns[3]), line);
      assertTrue(codes.add(columns[0]), region + ": duplicate code " + columns[0]);
    }
    return codes;
  }
}
