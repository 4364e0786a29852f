package id.kinerja.platform.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.indicator.service.FeedReceipt;
import id.kinerja.platform.indicator.service.FeedRow;
import id.kinerja.platform.indicator.service.IndicatorFeeds;
import id.kinerja.platform.indicator.service.IndicatorResult;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.plugin.service.PluginConfigForm;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bungo's admin feeds the administration-indicators plugin with complaints and documents of its
 * demo pegawai for 2041; the plugin computes her realisations for March 2041 against February, with
 * Bungo's current settings. Banyumanik is the other region.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class IndicatorFeedIT {

  private static final String BUNGO = "bungo";
  private static final String BANYUMANIK = "banyumanik";
  private static final String PLUGIN = "administration-indicators";
  private static final int YEAR = 2041;
  private static final String ADMIN = "199805282021121057";
  private static final String PEGAWAI = "199011222019122120";
  private static final String PENILAI = "198312192006012011";

  /** Kepala Dinas Kesehatan: the penilai's supervisor. */
  private static final String PENILAI_SUPERVISOR = "196909131991062099";

  /** A doctor of the same puskesmas: a peer of the pegawai. */
  private static final String PEER = "199803042022011005";

  private static final String BANYUMANIK_ADMIN = "199203172014011012";

  private static final Path PLUGIN_JAR =
      Path.of(
          System.getProperty(
              "kinerja.it.administration-plugin-jar", "target/administration-indicators.jar"));

  /** Installs the plugin in the platform's plugins folder before the platform starts. */
  @Deployment(testable = true)
  static WebArchive deployment() throws IOException {
    Deployments.installPlugin(PLUGIN_JAR);
    return Deployments.platformWith(IndicatorFeedIT.class);
  }

  @Inject IndicatorFeeds feeds;
  @Inject IndicatorResults results;
  @Inject RegionPlugins plugins;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  /**
   * March: complaints answered after 10 and 50 hours (resolved after 30 and 100), one completed and
   * one open document; February: one complaint answered after 40 hours.
   */
  private static List<FeedRow> feed() {
    return List.of(
        complaint(1, "IT2041-C1", "2041-03-03T01:00:00Z", "2041-03-03T11:00:00Z", 30),
        complaint(2, "IT2041-C2", "2041-03-10T01:00:00Z", "2041-03-12T03:00:00Z", 100),
        new FeedRow(
            3,
            PEGAWAI,
            "IT2041-D1",
            "2041-03-04 09:00",
            "2041-03-05 15:00",
            null,
            Map.of("kind", "document")),
        new FeedRow(
            4, PEGAWAI, "IT2041-D2", "2041-03-20 09:00", null, null, Map.of("kind", "document")),
        complaint(5, "IT2041-C3", "2041-02-10T01:00:00Z", "2041-02-11T17:00:00Z", 60));
  }

  private static FeedRow complaint(
      int row, String id, String opened, String firstResponse, int resolvedAfterHours) {
    String closed =
        java.time.Instant.parse(opened).plusSeconds(resolvedAfterHours * 3600L).toString();
    return new FeedRow(
        row,
        PEGAWAI,
        id,
        opened,
        closed,
        null,
        Map.of("kind", "complaint", "firstResponseAt", firstResponse));
  }

  @Test
  void aFeedIsStoredAndThePluginComputesTheRealisationsFromIt() throws Exception {
    FeedReceipt receipt = asAdmin(() -> feeds.receive(PLUGIN, feed()));
    assertEquals(5, receipt.received());
    List<String> audited =
        bungo(() -> InRegion.auditActions(entityManager.get(), "indicator_feed", PLUGIN));
    assertTrue(audited.contains("receive"), audited::toString);
    List<IndicatorResult> march = resultsFor(PEGAWAI, false);
    IndicatorResult response = row(march, "complaint-response-time");
    assertEquals(IndicatorResult.Status.COMPUTED, response.status(), response::toString);
    assertEquals(0, new BigDecimal("30.0").compareTo(response.value()), response::toString);
    assertEquals(2, response.basedOn());
    assertEquals(0, new BigDecimal("40.0").compareTo(response.previousValue()));
    assertEquals(Trend.IMPROVED, response.trend());
    assertTrue(
        response.noteEn().startsWith("1 complaints exceeded the target of 48"), response::toString);
    IndicatorResult resolution = row(march, "complaint-resolution-time");
    assertEquals(0, new BigDecimal("65.0").compareTo(resolution.value()), resolution::toString);
    assertEquals(Trend.WORSENED, resolution.trend());
    IndicatorResult documents = row(march, "documents-completed");
    assertEquals(0, BigDecimal.ONE.compareTo(documents.value()), documents::toString);
  }

  @Test
  void aRecordSentAgainReplacesTheEarlierOne() throws Exception {
    storeFeed();
    FeedReceipt again =
        asAdmin(
            () ->
                feeds.receive(
                    PLUGIN,
                    List.of(
                        complaint(
                            1, "IT2041-C2", "2041-03-10T01:00:00Z", "2041-03-10T11:00:00Z", 100))));
    assertEquals(new FeedReceipt(PLUGIN, 1, 0, 1), again);
    IndicatorResult response = row(resultsFor(PEGAWAI, false), "complaint-response-time");
    assertEquals(0, new BigDecimal("10.0").compareTo(response.value()), response::toString);
    // put the feed back as the other tests expect it
    asAdmin(() -> feeds.receive(PLUGIN, feed()));
  }

  @Test
  void aChangedPluginSettingCountsAtTheNextCallWithoutRestart() throws Exception {
    storeFeed();
    PluginConfigForm form = bungo(() -> plugins.form(PLUGIN));
    String before = form.values().get("responseTargetHours");
    try {
      configure(form, "8");
      IndicatorResult response = row(resultsFor(PEGAWAI, false), "complaint-response-time");
      assertTrue(
          response.noteEn().startsWith("2 complaints exceeded the target of 8 hours"),
          response::toString);
      assertTrue(response.guidanceEn().contains("target is 8 hours"), response::toString);
    } finally {
      configure(bungo(() -> plugins.form(PLUGIN)), before == null ? "48" : before);
    }
  }

  @Test
  void aFeedWithBadRowsIsRefusedNamingTheRowsAndNothingIsStored() throws Exception {
    List<FeedRow> bad =
        List.of(
            new FeedRow(1, PEGAWAI, "IT2041-NEW", "2041-03-05T01:00:00Z", null, null, Map.of()),
            new FeedRow(
                2, "199999999999999999", "IT2041-X2", "2041-03-05T01:00:00Z", null, null, Map.of()),
            new FeedRow(
                3,
                PEGAWAI,
                "IT2041-X3",
                "2041-03-05T01:00:00Z",
                "2041-03-04T01:00:00Z",
                "lima",
                Map.of()));
    RuleViolation e =
        InRegion.assertRefused(
            RuleViolation.Kind.INVALID, () -> asAdmin(() -> feeds.receive(PLUGIN, bad)));
    assertTrue(e.messageEn().contains("Row 2: NIP 199999999999999999 is not known"), e.messageEn());
    assertTrue(e.messageEn().contains("Row 3: closedAt lies before openedAt"), e.messageEn());
    assertTrue(e.messageEn().contains("Row 3: value 'lima' is not a number"), e.messageEn());
    assertTrue(e.messageId().contains("Baris 2:"), e.messageId());
    assertTrue(!e.messageEn().contains("Row 1"), e.messageEn());
    assertEquals(0L, bungo(() -> stored("IT2041-NEW")));
    byte[] csv =
        ("nip,id,openedAt,closedAt,value,attributes\n"
                + PEGAWAI
                + ",IT2041-CSV1,2041-03-06 08:00,,,kind=document\n"
                + PEGAWAI
                + ",IT2041-CSV2,kemarin,,,kind\n")
            .getBytes(StandardCharsets.UTF_8);
    RuleViolation fromCsv =
        InRegion.assertRefused(
            RuleViolation.Kind.INVALID, () -> asAdmin(() -> feeds.importCsv(PLUGIN, csv)));
    assertTrue(fromCsv.messageEn().contains("Row 3: attribute 'kind'"), fromCsv.messageEn());
    assertEquals(0L, bungo(() -> stored("IT2041-CSV1")));
  }

  @Test
  void onlyTheAdminFeedsAndOnlyEnabledPlugins() throws Exception {
    storeFeed();
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(BUNGO, PENILAI, false, () -> feeds.receive(PLUGIN, feed())));
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () -> asAdmin(() -> feeds.receive("health-indicators", feed())));
    assertTrue(
        asAdmin(() -> feeds.summaries()).stream()
            .anyMatch(s -> s.pluginId().equals(PLUGIN) && s.records() >= 5));
  }

  @Test
  void theEmployeeTheAppraiserAndTheirSupervisorSeeTheResultsAPeerDoesNot() throws Exception {
    storeFeed();
    for (String reader : List.of(PEGAWAI, PENILAI, PENILAI_SUPERVISOR)) {
      assertEquals(
          IndicatorResult.Status.COMPUTED,
          row(resultsFor(reader, false), "complaint-response-time").status(),
          reader);
    }
    InRegion.assertRefused(RuleViolation.Kind.FORBIDDEN, () -> resultsFor(PEER, false));
  }

  @Test
  void anotherRegionsUserAndIdsAreRefused() throws Exception {
    long employeeId = bungo(() -> InRegion.employeeId(entityManager.get(), PEGAWAI));
    long periodId = march();
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            as(
                BANYUMANIK,
                BANYUMANIK_ADMIN,
                true,
                () -> results.forEmployee(employeeId, periodId)));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(BANYUMANIK, PEGAWAI, false, () -> results.forEmployee(employeeId, periodId)));
    RuleViolation e =
        InRegion.assertRefused(
            RuleViolation.Kind.INVALID,
            () -> as(BANYUMANIK, BANYUMANIK_ADMIN, true, () -> feeds.receive(PLUGIN, feed())));
    assertTrue(e.messageEn().contains("NIP " + PEGAWAI + " is not known"), e.messageEn());
  }

  private void configure(PluginConfigForm form, String responseTargetHours) throws Exception {
    Map<String, String> values = new HashMap<>(form.values());
    values.put("responseTargetHours", responseTargetHours);
    InRegion.asCaller(
        transaction,
        BUNGO,
        ADMIN,
        java.util.Set.of("employee", "admin"),
        () -> plugins.configure(PLUGIN, form.version(), form.enabled(), values));
  }

  private List<IndicatorResult> resultsFor(String viewer, boolean admin) throws Exception {
    long employeeId = bungo(() -> InRegion.employeeId(entityManager.get(), PEGAWAI));
    long periodId = march();
    return as(BUNGO, viewer, admin, () -> results.forEmployee(employeeId, periodId));
  }

  private static IndicatorResult row(List<IndicatorResult> rows, String code) {
    return rows.stream()
        .filter(r -> PLUGIN.equals(r.pluginId()) && code.equals(r.code()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + rows));
  }

  private long stored(String sourceId) {
    return entityManager
        .get()
        .createQuery("select count(r) from FeedRecord r where r.sourceId = :id", Long.class)
        .setParameter("id", sourceId)
        .getSingleResult();
  }

  /** Bungo's March 2041, opening the year if no test has yet. */
  private long march() throws Exception {
    return bungo(
        () -> {
          List<PeriodView> year = periods.periods(YEAR);
          if (year.isEmpty()) {
            year = periods.openYear(YEAR);
          }
          return year.stream()
              .filter(p -> p.kind() == PeriodKind.MONTH && p.number() == 3)
              .findFirst()
              .orElseThrow()
              .id();
        });
  }

  /** Stores (again) the feed the tests read: sending a record again replaces it. */
  private void storeFeed() throws Exception {
    asAdmin(() -> feeds.receive(PLUGIN, feed()));
  }

  /** Runs {@code work} in Bungo as its pengelola kinerja. */
  private <T> T asAdmin(Work<T> work) throws Exception {
    return as(BUNGO, ADMIN, true, work);
  }

  /** Runs {@code work} in {@code region} as {@code nip}, with the admin role if {@code admin}. */
  private <T> T as(String region, String nip, boolean admin, Work<T> work) throws Exception {
    Set<String> roles = admin ? Set.of("employee", "admin") : Set.of("employee");
    return InRegion.asCaller(transaction, region, nip, roles, work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, BUNGO, work);
  }
}
