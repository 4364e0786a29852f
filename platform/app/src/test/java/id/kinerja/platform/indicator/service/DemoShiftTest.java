package id.kinerja.platform.indicator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo feeds always span the current and the previous quarter, and each shipped region's file
 * fits the plugins it enables and its demo pegawai.
 */
class DemoShiftTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static FeedCsv.PluginRow row(String opened, String closed, Map<String, String> attrs) {
    return new FeedCsv.PluginRow("p", new FeedRow(2, "1", "A", opened, closed, "", attrs));
  }

  @Test
  void theFilesLastQuarterBecomesTheCurrentQuarter() {
    List<FeedCsv.PluginRow> rows =
        List.of(
            row("2026-07-05 08:00", "", Map.of("kind", "complaint")),
            row(
                "2026-11-05 08:00",
                "2026-11-06 08:00",
                Map.of("kind", "complaint", "firstResponseAt", "2026-11-05T03:00:00Z")));
    List<FeedCsv.PluginRow> shifted =
        DemoShift.toCurrentQuarter(rows, WIB, LocalDate.of(2027, 2, 14));
    assertEquals("2026-10-05T01:00:00Z", shifted.get(0).row().openedAt());
    FeedRow latest = shifted.get(1).row();
    assertEquals("2027-02-05T01:00:00Z", latest.openedAt());
    assertEquals("2027-02-06T01:00:00Z", latest.closedAt());
    assertEquals("2027-02-05T03:00:00Z", latest.attributes().get("firstResponseAt"));
    assertEquals("complaint", latest.attributes().get("kind"));
    assertEquals("", shifted.get(0).row().closedAt());
  }

  @Test
  void inTheFilesOwnQuarterNothingMoves() {
    List<FeedCsv.PluginRow> shifted =
        DemoShift.toCurrentQuarter(
            List.of(row("2026-11-05 08:00", "", Map.of())), WIB, LocalDate.of(2026, 12, 31));
    assertEquals("2026-11-05T01:00:00Z", shifted.get(0).row().openedAt());
  }

  @Test
  void eachShippedDemoFeedIsValidForItsRegionsPluginsAndPegawai() throws IOException {
    TenantsConfig config = TenantsConfig.at(Path.of("../../tenants-config").toAbsolutePath());
    int files = 0;
    for (TenantDefinition tenant : config.tenants()) {
      Path file = config.root().resolve(tenant.code()).resolve(IndicatorDemoStartup.FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      files++;
      FeedCsv.Parsed parsed = FeedCsv.parse(Files.readAllBytes(file));
      assertTrue(parsed.problems().isEmpty(), tenant.code() + ": " + parsed.problems());
      String pegawai = tenant.demo().orElseThrow().employee();
      for (FeedCsv.PluginRow r : parsed.rows()) {
        String where = tenant.code() + " row " + r.row().row();
        assertTrue(tenant.plugins().get(r.pluginId()).enabled(), where);
        assertEquals(pegawai, r.row().nip(), where);
        assertTrue(FeedTimes.parse(r.row().openedAt(), tenant.timeZone()) != null, where);
      }
    }
    assertEquals(5, files);
  }
}
