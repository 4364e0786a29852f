package id.kinerja.platform.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notice texts: every kind in both languages, placeholders filled from the caller's params. */
class NoticeTemplatesTest {

  private static final Map<String, String> ALL_PARAMS =
      Map.of(
          "employee", "Budi",
          "appraiser", "Siti",
          "year", "2030",
          "reason", "Target belum terukur",
          "period", "2030-01-01 – 2030-03-31",
          "rating", "Baik",
          "decision", "Diterima",
          "deadline", "2030-04-06 00:00");

  @Test
  void everyKindHasASubjectAndBodyInIndonesianAndEnglishWithEveryPlaceholderFilled() {
    for (NoticeKind kind : NoticeKind.values()) {
      NoticeText id = NoticeTemplates.indonesian(kind, ALL_PARAMS);
      NoticeText en = NoticeTemplates.english(kind, ALL_PARAMS);
      for (String text : new String[] {id.subject(), id.body(), en.subject(), en.body()}) {
        assertFalse(text.isBlank(), kind::name);
        assertFalse(text.contains("{"), () -> kind + ": " + text);
      }
      assertNotEquals(id.subject(), en.subject(), kind::name);
    }
  }

  @Test
  void placeholdersAreReplacedByTheParamsAndAMissingOneBecomesEmpty() {
    NoticeText returned =
        NoticeTemplates.indonesian(
            NoticeKind.PLAN_RETURNED,
            Map.of("year", "2030", "appraiser", "Siti", "reason", "Target $1 belum terukur"));
    assertEquals("SKP 2030 Anda dikembalikan", returned.subject());
    assertEquals(
        "Siti mengembalikan SKP tahun 2030 Anda dengan alasan: Target $1 belum terukur",
        returned.body());
    assertEquals(
        "Your plan (SKP) for  was returned",
        NoticeTemplates.english(NoticeKind.PLAN_RETURNED, Map.of()).subject());
  }

  @Test
  void theEmailHasTheIndonesianMessageFirstThenTheEnglishOneEachWithTheLink() {
    Notice notice =
        new Notice(
            null,
            NoticeKind.PLAN_APPROVED,
            Map.of("year", "2030", "appraiser", "Siti"),
            "https://lampung.localhost/skp",
            OffsetDateTime.now(ZoneOffset.UTC));
    String body = notice.emailBody();
    int indonesian = body.indexOf("Siti telah menyetujui SKP tahun 2030 Anda.");
    int english = body.indexOf("Siti has approved your plan (SKP) for 2030.");
    assertTrue(indonesian == 0 && english > indonesian, body);
    assertTrue(body.indexOf("https://lampung.localhost/skp") < english, body);
    assertTrue(body.lastIndexOf("https://lampung.localhost/skp") > english, body);
    assertFalse(notice.isRead());
  }
}
