package id.kinerja.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each role on two regions' portals, logged in through the region's own Keycloak realm. */
@ExtendWith(RunningStack.class)
class PortalE2E {

  private static final String PASSWORD = "kinerja-demo";

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tanjungbalai", "kupang"})
  void pegawaiSeesOwnRecordAndAppraiserInIndonesian(String region) {
    DemoAccounts accounts = RunningStack.region(region).demo().orElseThrow();
    DemoEmployee me = RunningStack.employee(region, accounts.employee());
    DemoEmployee appraiser = RunningStack.employee(region, accounts.appraiser());
    Page page = browser.login(RunningStack.stack().portalUrl(region), "pegawai", PASSWORD);

    assertThat(page.locator("#greeting")).hasText("Selamat datang, " + me.name());
    assertThat(page.locator("#nip")).hasText(me.nip());
    assertThat(page.locator("#position")).hasText(me.position());
    assertThat(page.locator("#appraiser")).containsText(appraiser.nip());
    assertThat(page.locator("#region-name")).hasText(RunningStack.region(region).name());
    assertEquals(0, page.locator("#direct-reports").count(), "pegawai appraises nobody");
    assertFalse(page.content().contains("admin/pegawai"), "no admin navigation for pegawai");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tanjungbalai", "kupang"})
  void penilaiSeesDirectReports(String region) {
    DemoAccounts accounts = RunningStack.region(region).demo().orElseThrow();
    List<DemoEmployee> reports =
        RunningStack.demoEmployees(region).stream()
            .filter(e -> e.supervisorNip().filter(accounts.appraiser()::equals).isPresent())
            .toList();
    Page page = browser.login(RunningStack.stack().portalUrl(region), "penilai", PASSWORD);

    assertThat(page.locator("#nip")).hasText(accounts.appraiser());
    assertThat(page.locator("#direct-reports")).isVisible();
    for (DemoEmployee report : reports) {
      assertThat(page.locator("#direct-reports")).containsText(report.name());
    }
  }

  @Test
  void adminSearchesEmployeesSeesOrgTreeAndPluginsOfTheRegion() {
    String region = "tanjungbalai";
    int employees = RunningStack.demoEmployees(region).size();
    String base = RunningStack.stack().portalUrl(region);
    browser.login(base, "admin", PASSWORD);

    Page page = browser.open(base + "admin/pegawai");
    assertThat(page.locator("#employee-total")).hasText(employees + " pegawai");
    DemoEmployee someone = RunningStack.demoEmployees(region).get(5);
    page.locator("#employee-search input").fill(someone.nip());
    assertThat(page.locator("#employee-total")).hasText("1 pegawai");
    assertThat(page.locator("#employees")).containsText(someone.name());

    browser.open(base + "admin/unit");
    assertThat(page.locator("#units")).containsText("Dinas Kesehatan");

    browser.open(base + "admin/plugin");
    assertThat(page.locator("#plugins")).containsText("health-indicators");
    assertThat(page.locator("#plugins")).containsText("Aktif");
    assertThat(page.locator("#plugins")).containsText("Rata-rata waktu tunggu pasien");
    assertThat(page.locator("#plugins")).containsText(RunningStack.INCOMPATIBLE_PLUGIN);
    assertThat(page.locator("#plugins")).containsText("Ditolak");
  }

  @Test
  void healthPluginIsNotEnabledInKupang() {
    String base = RunningStack.stack().portalUrl("kupang");
    browser.login(base, "admin", PASSWORD);
    Page page = browser.open(base + "admin/plugin");
    assertThat(page.locator("#plugins")).containsText("health-indicators");
    assertThat(page.locator("#plugins")).containsText("Tidak aktif");
    assertFalse(page.locator("#plugins").textContent().contains("Rata-rata waktu tunggu pasien"));
  }

  @Test
  void pegawaiCannotOpenAdminViews() {
    String base = RunningStack.stack().portalUrl("tanjungbalai");
    browser.login(base, "pegawai", PASSWORD);
    Page page = browser.open(base + "admin/pegawai");
    assertEquals(0, page.locator("#employees").count(), "the employee list must not render");
  }

  @Test
  void employeeLogsInWithNip() {
    String region = "kupang";
    DemoEmployee someone = RunningStack.demoEmployees(region).get(3);
    Page page = browser.login(RunningStack.stack().portalUrl(region), someone.nip(), PASSWORD);
    assertThat(page.locator("#nip")).hasText(someone.nip());
  }

  @Test
  void sessionOfOneRegionDoesNotOpenAnother() {
    String tanjungbalai = RunningStack.stack().portalUrl("tanjungbalai");
    String kupang = RunningStack.stack().portalUrl("kupang");
    browser.login(tanjungbalai, "pegawai", PASSWORD);
    List<Cookie> replayed =
        browser.context.cookies(tanjungbalai).stream()
            .map(c -> new Cookie(c.name, c.value).setDomain("kupang.localhost").setPath("/"))
            .toList();
    assertFalse(replayed.isEmpty(), "the portal session has a cookie");
    browser.context.addCookies(replayed);

    browser.page.navigate(kupang);
    browser.page.waitForURL(url -> url.contains("/realms/kupang/"));
    assertTrue(browser.page.url().contains("/realms/kupang/"), "kupang asks for its own login");
  }

  @Test
  void logoutEndsTheSession() {
    String base = RunningStack.stack().portalUrl("tanjungbalai");
    Page page = browser.login(base, "pegawai", PASSWORD);
    page.click("#logout");
    page.waitForURL(url -> url.startsWith(base));
    page.navigate(base);
    page.waitForSelector("#username");
    assertTrue(page.url().contains("/realms/tanjungbalai/"));
  }

  @Test
  void languageSwitchesToEnglishAndIsRemembered() {
    String region = "kupang";
    DemoEmployee me =
        RunningStack.employee(region, RunningStack.region(region).demo().orElseThrow().employee());
    String base = RunningStack.stack().portalUrl(region);
    Page page = browser.login(base, "pegawai", PASSWORD);
    page.locator("#language").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
    assertThat(page.locator("#greeting")).hasText("Welcome, " + me.name());
    browser.open(base);
    assertThat(page.locator("#greeting")).hasText("Welcome, " + me.name());
  }

  @Test
  void unknownHostGetsNoSuchRegionPage() {
    int port = java.net.URI.create(RunningStack.stack().portalUrl("kupang")).getPort();
    var response = browser.page.navigate("http://atlantis.localhost:" + port + "/");
    assertEquals(404, response.status());
    assertThat(browser.page.locator("h1")).hasText("Daerah tidak ditemukan");
  }
}
