package id.kinerja.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Year;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One employee of Bungo (monthly periods) through the whole cycle in the browser: plan, approval,
 * realisation with evidence and feedback, rating, publication, objection, decision and the SKP as
 * PDF. Only the year and the supervisors' plans are set up through the REST API.
 */
@ExtendWith(RunningStack.class)
class PerformanceCycleE2E {

  private static final String REGION = "bungo";
  private static final String PASSWORD = "kinerja-demo";

  /** The plan views offer last, this and next year; next year is used by no other system test. */
  private static final int YEAR = Year.now().getValue() + 1;

  private static final String RESULT = "Pelayanan kebidanan yang bermutu di wilayah kerja";
  private static final String FEEDBACK = "Lampirkan juga daftar hadir kelas ibu hamil.";
  private static final String OBJECTION = "Semua target bulan ini tercapai dengan bukti dukung.";
  private static final String DECISION = "Bukti dukung menunjukkan target tercapai.";

  private final String base = RunningStack.portal(REGION);
  private final DemoAccounts accounts = RunningStack.region(REGION).demo().orElseThrow();
  private final DemoEmployee employee = RunningStack.employee(REGION, accounts.employee());
  private final DemoEmployee appraiser = RunningStack.employee(REGION, accounts.appraiser());
  private final DemoEmployee appraisersSupervisor =
      RunningStack.employee(REGION, appraiser.supervisorNip().orElseThrow());

  @Test
  void employeeGoesThroughTheWholeCycleInThePortal() throws IOException {
    CycleSetup.openYear(REGION, YEAR);
    JsonNode supervisorsPlan = CycleSetup.approvedChainAbove(REGION, employee.nip(), YEAR);
    String supportedResult = supervisorsPlan.at("/results/0/text").asText();

    long planId = draftAndSubmitThePlan(supportedResult);
    appraiserApprovesThePlan();
    recordRealisationWithEvidence();
    appraiserGivesFeedbackWhichTheEmployeeSees();
    int unreadBefore = unreadNotices();
    appraiserRatesAndPublishes();
    assertTrue(unreadNotices() > unreadBefore, "the employee is notified of the published rating");
    employeeObjects();
    appraisersSupervisorGrantsTheObjection();
    employeeSeesTheDecision();
    employeeDownloadsTheSkpPdf(planId);
  }

  /** Step 3: the employee drafts the SKP, its RHK supporting the supervisor's, and submits it. */
  private long draftAndSubmitThePlan(String supportedResult) {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "skp");
      browser.choose("plan-year", String.valueOf(YEAR));
      assertThat(page.locator("#plan-status")).hasText("Draf");

      page.locator("#result-text input").fill(RESULT);
      page.locator("#result-supports input").fill(supportedResult.substring(0, 10));
      page.locator("vaadin-combo-box-item:visible")
          .filter(new Locator.FilterOptions().setHasText(supportedResult))
          .first()
          .click();
      browser.settle();
      page.click("#add-result");
      browser.settle();
      assertThat(page.locator("#results")).containsText(RESULT);
      assertThat(page.locator("#results")).containsText(supportedResult);

      page.locator("[id^=indicator-text-] input").fill("Persentase ibu hamil mendapat ANC lengkap");
      page.locator("[id^=indicator-unit-] input").fill("%");
      page.locator("[id^=indicator-targets-] input").fill("80, 85, 90");
      page.locator("[id^=add-indicator-]").click();
      browser.settle();
      assertThat(page.locator("#results")).containsText("Persentase ibu hamil mendapat ANC");

      page.click("#submit-plan");
      browser.settle();
      assertThat(page.locator("#plan-status")).hasText("Diajukan");
      String href = page.locator("#plan-document").getAttribute("href");
      return Long.parseLong(href.replaceAll("\\D", ""));
    }
  }

  /** Step 3: the pejabat penilai approves the submitted plan in the review view. */
  private void appraiserApprovesThePlan() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "penilai", PASSWORD);
      browser.open(base + "skp/tinjau");
      page.locator("#review-plans vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText(employee.nip()))
          .first()
          .click();
      browser.settle();
      assertThat(page.locator("#review-detail")).containsText(RESULT);
      page.click("#approve-plan");
      browser.settle();
      // The decided plan leaves the list and nothing is selected; the employee sees it approved.
      assertThat(page.locator("#approve-plan")).isDisabled();
      assertThat(page.locator("#review-detail")).isEmpty();
    }
  }

  /**
   * Step 4: the employee records the first month's realisation, uploads a PDF as evidence, and a
   * text file named .pdf is refused with a message.
   */
  private void recordRealisationWithEvidence() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "skp");
      browser.choose("plan-year", String.valueOf(YEAR));
      assertThat(page.locator("#plan-status")).hasText("Disetujui");

      browser.open(base + "realisasi");
      browser.choose("realisation-year", String.valueOf(YEAR));
      Locator rows = page.locator("#realisation-rows");
      assertThat(rows).containsText(RESULT);
      assertThat(rows.locator("[id^=target-]")).containsText("80 %");
      rows.locator("[id^=achieved-] input").fill("82");
      rows.locator("[id^=description-] textarea")
          .fill("82 dari 100 ibu hamil mendapat ANC lengkap.");
      rows.locator("[id^=save-]").click();
      browser.settle();

      rows.locator("vaadin-upload input[type=file]")
          .setInputFiles(new FilePayload("laporan-anc.pdf", "application/pdf", smallPdf()));
      assertThat(rows.locator("[id^=evidence-file-]")).hasText("laporan-anc.pdf");

      rows.locator("vaadin-upload input[type=file]")
          .setInputFiles(
              new FilePayload(
                  "bukan-pdf.pdf",
                  "application/pdf",
                  "hanya teks biasa".getBytes(StandardCharsets.UTF_8)));
      assertThat(page.locator("vaadin-notification-card").last())
          .containsText("Jenis berkas tidak diizinkan");
      assertEquals(1, rows.locator("[id^=evidence-file-]").count(), "the refused file is not kept");
    }
  }

  /** Step 4: the pejabat penilai gives feedback on the realisation; the employee sees it. */
  private void appraiserGivesFeedbackWhichTheEmployeeSees() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "penilai", PASSWORD);
      browser.open(base + "realisasi/tim");
      page.locator("#team-member input").fill(employee.name().substring(0, 8));
      page.locator("vaadin-combo-box-item:visible")
          .filter(new Locator.FilterOptions().setHasText(employee.name()))
          .first()
          .click();
      browser.settle();
      browser.choose("realisation-year", String.valueOf(YEAR));
      Locator rows = page.locator("#team-rows");
      assertThat(rows.locator("[id^=achieved-]")).containsText("82");
      assertThat(rows.locator("[id^=evidence-file-]")).hasText("laporan-anc.pdf");
      rows.locator("[id^=feedback-text-] textarea").fill(FEEDBACK);
      rows.locator("[id^=give-feedback-]").click();
      browser.settle();
      assertThat(rows.locator("[id^=feedback-item-]")).containsText(FEEDBACK);
    }
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "realisasi");
      browser.choose("realisation-year", String.valueOf(YEAR));
      assertThat(page.locator("#realisation-rows [id^=feedback-item-]"))
          .containsText(appraiser.name() + " (");
      assertThat(page.locator("#realisation-rows [id^=feedback-item-]")).containsText(FEEDBACK);
    }
  }

  /** The employee's unread notices as the header's bell counts them. */
  private int unreadNotices() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      return Integer.parseInt(page.locator("#notifications-bell").innerText().strip());
    }
  }

  /** Step 5: the pejabat penilai rates the first month in a dialog and publishes the rating. */
  private void appraiserRatesAndPublishes() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "penilai", PASSWORD);
      browser.open(base + "penilaian");
      browser.choose("rating-year", String.valueOf(YEAR));
      page.click("#rate-" + employee.nip());
      browser.choose("result-rating", "Di Bawah Ekspektasi");
      browser.choose("behaviour-rating", "Sesuai Ekspektasi");
      assertThat(page.locator("#predicate-preview")).containsText("Butuh Perbaikan");
      page.locator("#note-BERORIENTASI_PELAYANAN textarea").fill("Ramah kepada ibu hamil.");
      page.locator("#rating-note textarea").fill("Capaian ANC di bawah target bulan ini.");
      page.click("#save-rating");
      browser.settle();
      assertThat(page.locator("#rating-team")).containsText("Draf (belum diumumkan)");
      page.click("#publish-" + employee.nip());
      browser.settle();
      assertThat(page.locator("#rating-team")).containsText("Diumumkan");
    }
  }

  /** Step 5: the employee sees the published rating and objects to it with a reason. */
  private void employeeObjects() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "penilaian/saya");
      browser.choose("my-rating-year", String.valueOf(YEAR));
      Locator grid = page.locator("#my-ratings");
      assertThat(grid).containsText("Butuh Perbaikan");
      assertThat(grid).containsText("Diumumkan");
      grid.locator("vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText("Butuh Perbaikan"))
          .first()
          .click();
      browser.settle();
      assertThat(page.locator("#my-rating-detail")).containsText("Ramah kepada ibu hamil.");
      page.locator("#objection-reason input").fill(OBJECTION);
      page.click("#object-rating");
      browser.settle();
      assertThat(grid).containsText("Menunggu keputusan");
    }
  }

  /** Step 5: the atasan pejabat penilai grants the objection with new ratings and a reason. */
  private void appraisersSupervisorGrantsTheObjection() {
    try (Browser browser = new Browser()) {
      Page page =
          browser.login(base, CycleSetup.username(REGION, appraisersSupervisor.nip()), PASSWORD);
      browser.open(base + "keberatan");
      page.locator("#objections vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText(employee.nip()))
          .first()
          .click();
      browser.settle();
      assertThat(page.locator("#objection-detail")).containsText(OBJECTION);
      browser.choose("granted-result-rating", "Sesuai Ekspektasi");
      browser.choose("granted-behaviour-rating", "Sesuai Ekspektasi");
      assertThat(page.locator("#granted-predicate-preview")).containsText("Baik");
      page.locator("#decision-reason input").fill(DECISION);
      page.click("#grant-objection");
      browser.settle();
      assertThat(page.locator("#grant-objection")).isDisabled();
      assertThat(page.locator("#objection-detail")).isEmpty();
    }
  }

  /** Step 5: the employee sees the decision, its reason and the new predikat. */
  private void employeeSeesTheDecision() {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "penilaian/saya");
      browser.choose("my-rating-year", String.valueOf(YEAR));
      Locator grid = page.locator("#my-ratings");
      assertThat(grid).containsText("Dikabulkan");
      assertThat(grid).not().containsText("Butuh Perbaikan");
      grid.locator("vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText("Dikabulkan"))
          .first()
          .click();
      browser.settle();
      assertThat(page.locator("#my-rating-detail")).containsText(DECISION);
    }
  }

  /** Step 6: the employee downloads the SKP as PDF from the plan view's link. */
  private void employeeDownloadsTheSkpPdf(long planId) throws IOException {
    try (Browser browser = new Browser()) {
      Page page = browser.login(base, "pegawai", PASSWORD);
      browser.open(base + "skp");
      browser.choose("plan-year", String.valueOf(YEAR));
      assertThat(page.locator("#plan-document"))
          .hasAttribute("href", "/dokumen/skp/" + planId + ".pdf");
      Download download = page.waitForDownload(() -> page.click("#plan-document"));
      assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
      byte[] pdf = Files.readAllBytes(download.path());
      assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains(employee.nip()), text);
        assertTrue(text.contains(employee.name()), text);
        assertTrue(text.contains(appraiser.nip()), text);
        assertTrue(text.contains(RESULT), text);
      }
    }
  }

  /** A small valid one-page PDF. */
  private static byte[] smallPdf() {
    try (PDDocument document = new PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
