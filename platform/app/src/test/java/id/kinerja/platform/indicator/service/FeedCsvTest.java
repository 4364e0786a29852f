package id.kinerja.platform.indicator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.shared.domain.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's feed file: rows numbered by their line, attributes written name=value;name=value. */
class FeedCsvTest {

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rowsCarryTheirLineNumberAndAttributes() {
    FeedCsv.Parsed parsed =
        FeedCsv.parse(
            csv(
                "nip,id,openedAt,closedAt,value,attributes\n"
                    + "199503312018021112,T-1,2026-10-01 08:00,,,kind=complaint;firstResponseAt=2026-10-01T03:00:00Z\n"
                    + "\n"
                    + "199503312018021112,T-2,2026-10-02 08:00,2026-10-03 08:00,4.5,\n"));
    assertTrue(parsed.problems().isEmpty(), parsed.problems()::toString);
    List<FeedRow> rows = parsed.rows().stream().map(FeedCsv.PluginRow::row).toList();
    assertEquals(2, rows.get(0).row());
    assertEquals(
        Map.of("kind", "complaint", "firstResponseAt", "2026-10-01T03:00:00Z"),
        rows.get(0).attributes());
    assertEquals(4, rows.get(1).row());
    assertEquals("4.5", rows.get(1).value());
    assertNull(parsed.rows().get(0).pluginId());
  }

  @Test
  void aBadAttributeIsAProblemOfItsRow() {
    FeedCsv.Parsed parsed =
        FeedCsv.parse(
            csv(
                "nip,id,openedAt,closedAt,value,attributes\n"
                    + "1,A,2026-10-01 08:00,,,kind=document\n"
                    + "1,B,2026-10-01 08:00,,,kind\n"));
    assertEquals(1, parsed.rows().size());
    assertEquals(1, parsed.problems().size());
    assertEquals(3, parsed.problems().get(0).row());
    assertTrue(parsed.problems().get(0).messageEn().contains("'kind'"));
  }

  @Test
  void theDemoFilesPluginColumnIsRead() {
    FeedCsv.Parsed parsed =
        FeedCsv.parse(
            csv(
                "plugin,nip,id,openedAt,closedAt,value,attributes\n"
                    + "health-indicators,1,V-1,2026-10-01 08:00,,,\n"));
    assertEquals("health-indicators", parsed.rows().get(0).pluginId());
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedNamingThem() {
    RuleViolation e = assertThrows(RuleViolation.class, () -> FeedCsv.parse(csv("nip,id\n1,A\n")));
    assertEquals(RuleViolation.Kind.INVALID, e.kind());
    assertTrue(e.messageEn().contains("openedAt, closedAt, value, attributes"), e.messageEn());
  }

  @Test
  void timesAreInstantsOrLocalTimesOfTheRegion() {
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    assertEquals(
        OffsetDateTime.parse("2026-10-01T01:00:00Z"), FeedTimes.parse("2026-10-01T01:00:00Z", wib));
    assertEquals(
        OffsetDateTime.parse("2026-10-01T08:00+07:00"), FeedTimes.parse("2026-10-01 08:00", wib));
    assertEquals(
        OffsetDateTime.parse("2026-10-01T08:00+07:00"), FeedTimes.parse("2026-10-01T08:00", wib));
    assertNull(FeedTimes.parse("kemarin", wib));
  }

  @Test
  void aRefusalNamesTwentyProblemsAndCountsTheRest() {
    List<RowProblem> problems =
        java.util.stream.IntStream.rangeClosed(1, 23)
            .mapToObj(i -> new RowProblem(i, "salah.", "wrong."))
            .toList();
    String en = RowProblem.joinedEn(problems);
    assertTrue(en.startsWith("Row 1: wrong. Row 2: wrong."), en);
    assertTrue(en.contains("Row 20: wrong.") && !en.contains("Row 21:"), en);
    assertTrue(en.endsWith("(and 3 more problems)"), en);
    assertTrue(RowProblem.joinedId(problems).startsWith("Baris 1: salah."));
  }
}
