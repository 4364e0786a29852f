package id.kinerja.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kinerja.systemtests.RunningStack.portal;
import static id.kinerja.systemtests.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import id.kinerja.systemtests.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Performance years and their periods, opened and locked by each region's admin. */
@ExtendWith(RunningStack.class)
class PeriodsE2E {

  @Test
  void monthlyKupangOpensTwelveMonthsWithDeadlinesInWita() {
    Answer opened = Api.post(portal("kupang"), "/api/v1/periods/2031", token("kupang", "admin"));
    assertEquals(200, opened.status(), opened.text());
    assertEquals(13, opened.body().size());
    JsonNode january = opened.body().get(1);
    assertEquals("MONTH", january.get("kind").asText());
    // Kupang closes 7 days after the month: 7 February, due by 8 February 00:00 WITA (UTC+8).
    assertTrue(january.get("deadline").asText().startsWith("2031-02-07T16:00"), january.toString());

    Answer again = Api.post(portal("kupang"), "/api/v1/periods/2031", token("kupang", "admin"));
    assertEquals(409, again.status(), again.text());
    assertTrue(again.text().contains("sudah dibuka"), again.text());
  }

  @Test
  void onlyTheAdminOpensAYear() {
    Answer answer = Api.post(portal("bungo"), "/api/v1/periods/2031", token("bungo", "pegawai"));
    assertEquals(403, answer.status(), answer.text());
  }

  @Test
  void staleVersionIsAConflictAndAnotherRegionsPeriodIsNotFound() {
    Answer opened = Api.post(portal("lampung"), "/api/v1/periods/2032", token("lampung", "admin"));
    assertEquals(200, opened.status(), opened.text());
    JsonNode quarter = opened.body().get(1);
    String path = "/api/v1/periods/2032/" + quarter.get("id").asText() + "/state";
    String lock = "{\"state\":\"LOCKED\",\"version\":" + quarter.get("version").asLong() + "}";

    Answer crafted = Api.put(portal("bungo"), path, token("bungo", "admin"), lock);
    assertEquals(404, crafted.status(), crafted.text());

    Answer locked = Api.put(portal("lampung"), path, token("lampung", "admin"), lock);
    assertEquals(200, locked.status(), locked.text());
    assertEquals("LOCKED", locked.body().get("state").asText());

    Answer stale = Api.put(portal("lampung"), path, token("lampung", "admin"), lock);
    assertEquals(409, stale.status(), stale.text());
    assertTrue(stale.text().contains("diubah oleh pengguna lain"), stale.text());
  }

  @Test
  void adminOpensAQuarterlyYearAndLocksAQuarterInThePortal() {
    String base = portal("tanjungbalai");
    try (Browser browser = new Browser()) {
      browser.login(base, "admin", "kinerja-demo");
      Page page = browser.open(base + "admin/periode");
      page.locator("#new-year input").fill("2030");
      page.click("#open-year");
      browser.settle();
      assertThat(page.locator("#periods")).containsText("Triwulan 4 2030");
      assertThat(page.locator("#periods")).containsText("Asia/Jakarta");
      page.click("#toggle-quarter-1");
      browser.settle();
      assertThat(page.locator("#toggle-quarter-1")).hasText("Buka kembali");
      assertThat(page.locator("#periods")).containsText("Dikunci");
    }
  }

  @Test
  void openingAYearIsAuditedAndTheRegionsChainVerifies() {
    Answer before =
        Api.get(portal("banyumanik"), "/api/v1/audit/verify", token("banyumanik", "admin"));
    assertEquals(200, before.status(), before.text());
    Answer opened =
        Api.post(portal("banyumanik"), "/api/v1/periods/2033", token("banyumanik", "admin"));
    assertEquals(200, opened.status(), opened.text());

    Answer after =
        Api.get(portal("banyumanik"), "/api/v1/audit/verify", token("banyumanik", "admin"));
    assertEquals(200, after.status(), after.text());
    assertTrue(after.body().get("valid").asBoolean(), after.text());
    assertEquals(
        before.body().get("events").asLong() + 1,
        after.body().get("events").asLong(),
        after.text());

    Answer employee =
        Api.get(portal("banyumanik"), "/api/v1/audit/verify", token("banyumanik", "pegawai"));
    assertEquals(403, employee.status(), employee.text());
  }
}
