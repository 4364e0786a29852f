package id.kinerja.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kinerja.systemtests.RunningStack.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.kinerja.tenantconfig.DemoEmployee;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin platform in the browser, in Banyumanik: citizens give feedback on a service unit's
 * public page without an account, the regional admin changes a plugin's setting, and the pejabat
 * penilai sees the resulting inputs (the citizens' feedback above the anonymity threshold and the
 * complaint indicators computed by the administration plugin) while rating the employee.
 */
@ExtendWith(RunningStack.class)
class PluginPlatformE2E {

  private static final String REGION = "banyumanik";
  private static final String UNIT = "kec-banyumanik";
  private static final String PASSWORD = "kinerja-demo";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  private static final int YEAR = TODAY.getYear();
  private static final int QUARTER = (TODAY.getMonthValue() - 1) / 3 + 1;

  /** Banyumanik's anonymity threshold for citizens: results show from this many responses. */
  private static final int CITIZENS = 3;

  private static String base;
  private static DemoEmployee employee;

  @BeforeAll
  static void openTheYearWithAnApprovedPlan() {
    base = portal(REGION);
    var demo = RunningStack.region(REGION).demo().orElseThrow();
    employee = RunningStack.employee(REGION, demo.employee());
    CycleSetup.openYear(REGION, YEAR);
    CycleSetup.approvedChainAbove(REGION, employee.nip(), YEAR);
    CycleSetup.approvedPlan(
        REGION, employee.nip(), "penilai", YEAR, "Pengaduan masyarakat ditangani tepat waktu");
  }

  @Test
  void citizenFeedbackAndAChangedPluginSettingReachTheAppraisersRatingScreen() {
    for (int i = 0; i < CITIZENS; i++) {
      citizenGivesFeedback();
    }
    adminRaisesTheComplaintResponseTarget();
    appraiserSeesTheInputs();
  }

  /** A citizen answers every question on the unit's public page and names who served them. */
  private void citizenGivesFeedback() {
    try (Browser browser = new Browser()) {
      Page page = browser.page;
      page.navigate(base + "survei/" + UNIT);
      assertThat(page.locator("#unit-name")).containsText("Kecamatan Banyumanik");
      Locator best = page.locator("input[type=radio][value='4']");
      for (int i = 0; i < best.count(); i++) {
        best.nth(i).check();
      }
      page.locator("textarea").first().fill("Petugas ramah dan cepat.");
      page.selectOption(
          "#employee", new SelectOption().setLabel(employee.name() + " — " + employee.position()));
      // The page refuses a form sent within two seconds of being served (bots).
      page.waitForTimeout(2_100);
      page.click("#submit");
      assertThat(page.locator("#message")).containsText("Tanggapan Anda telah kami terima");
    }
  }

  /** The admin raises the administration plugin's complaint response target in its form. */
  private void adminRaisesTheComplaintResponseTarget() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "admin", PASSWORD);
      browser.open(base + "admin/plugin");
      page.click("#configure-administration-indicators");
      browser.settle();
      page.locator("#config-administration-indicators-responseTargetHours input").fill("48");
      page.click("#save-config-administration-indicators");
      browser.settle();
      assertThat(page.locator("#config-dialog-administration-indicators")).isHidden();
    }
  }

  /** The penilai opens the rating dialog of the employee for the current quarter. */
  private void appraiserSeesTheInputs() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "penilai", PASSWORD);
      browser.open(base + "penilaian");
      browser.choose("rating-year", String.valueOf(YEAR));
      browser.choose("rating-period", "Triwulan " + QUARTER + " " + YEAR);
      page.click("#rate-" + employee.nip());
      browser.settle();
      assertThat(page.locator("#indicator-inputs")).containsText("melewati target 48 jam");
      assertThat(page.locator("#feedback-inputs"))
          .containsText("Masyarakat: " + CITIZENS + " tanggapan");
    }
  }
}
