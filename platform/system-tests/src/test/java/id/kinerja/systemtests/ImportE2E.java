package id.kinerja.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kinerja.systemtests.RunningStack.portal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import id.kinerja.launcher.RealmGenerator;
import id.kinerja.systemtests.Api.Answer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's employee import provisions the employees' Keycloak users, and an imported employee
 * logs in with their NIP and the initial password, which Keycloak makes them change.
 */
@ExtendWith(RunningStack.class)
class ImportE2E {

  private static final String IMPORT = "/api/v1/organization/import";

  /** Demo runs (and so these tests) give imported users the demo password as the initial one. */
  private static final String INITIAL_PASSWORD = RealmGenerator.DEMO_PASSWORD;

  /**
   * A valid NIP not used before: Keycloak's test home outlives the database, so a user created by
   * an earlier run (with its password changed) may still be there.
   */
  private static String newNip() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(5000));
    return birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%04d%02d", 2015 + random.nextInt(10), 1 + random.nextInt(12))
        + (1 + random.nextInt(2))
        + String.format("%03d", random.nextInt(1000));
  }

  private static String csv(String nip, String supervisorNip) {
    return "nip,nama,jabatan,jenis_jabatan,unit_kerja,nip_atasan,status,email\n"
        + nip
        + ",\"Yohana Imelda Lerik, S.Pd.\",Guru Ahli Pertama,FUNGSIONAL,SMP Negeri 1 Kupang,"
        + supervisorNip
        + ",PPPK,"
        + "yohana."
        + nip
        + "@kupang.go.id.localhost\n";
  }

  @Test
  void importedEmployeeLogsInWithNipAndMustChangeTheInitialPassword() {
    String nip = newNip();
    String penilai = RunningStack.region("kupang").demo().orElseThrow().appraiser();
    Answer answer =
        Api.post(
            portal("kupang"),
            IMPORT,
            RunningStack.stack().accessToken("kupang", "admin"),
            csv(nip, penilai),
            "text/csv");
    assertEquals(200, answer.status(), answer.text());
    assertEquals(1, answer.body().get("created").asInt(), answer.text());
    JsonNode accounts = answer.body().get("accounts");
    assertEquals(1, accounts.size(), answer.text());
    assertEquals(nip, accounts.get(0).get("nip").asText());
    assertEquals("CREATED", accounts.get(0).get("status").asText(), answer.text());
    assertEquals(false, accounts.get(0).get("withoutPassword").asBoolean());

    String base = portal("kupang");
    try (Browser browser = new Browser()) {
      Page page = browser.page;
      page.navigate(base);
      page.waitForSelector("#username");
      page.fill("#username", nip);
      page.fill("#password", INITIAL_PASSWORD);
      page.click("#kc-login");
      // Keycloak's required action: a new password before the portal is reached.
      page.waitForSelector("#password-new");
      String newPassword = "Baru-" + nip.substring(12);
      page.fill("#password-new", newPassword);
      page.fill("#password-confirm", newPassword);
      page.press("#password-confirm", "Enter");
      page.waitForURL(url -> url.startsWith(base));
      browser.settle();
      assertThat(page.locator("#nip")).hasText(nip);
      assertThat(page.locator("#appraiser")).containsText(penilai);
    }

    // Importing the same file again leaves the user as it is.
    Answer again =
        Api.post(
            portal("kupang"),
            IMPORT,
            RunningStack.stack().accessToken("kupang", "admin"),
            csv(nip, penilai),
            "text/csv");
    assertEquals(200, again.status(), again.text());
    assertEquals("UNCHANGED", again.body().at("/accounts/0/status").asText(), again.text());
  }

  @Test
  void anotherRegionsAdminTokenIsRefused() {
    Answer answer =
        Api.post(
            portal("kupang"),
            IMPORT,
            RunningStack.stack().accessToken("tanjungbalai", "admin"),
            csv(newNip(), ""),
            "text/csv");
    assertEquals(401, answer.status(), answer.text());
  }

  @Test
  void pegawaiMayNotImport() {
    Answer answer =
        Api.post(
            portal("kupang"),
            IMPORT,
            RunningStack.stack().accessToken("kupang", "pegawai"),
            csv(newNip(), ""),
            "text/csv");
    assertEquals(403, answer.status(), answer.text());
  }
}
