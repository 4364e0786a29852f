package id.kinerja.platform.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The import file reader and checker: columns, separators, limits and every row rule. */
class OrganizationCsvTest {

  private static final String HEAD =
      "nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status;email";
  private static final String TOP = "197001012000011001";
  private static final String A = "198001012005011001";
  private static final String B = "199002022015032002";
  private static final String C = "198505052010011003";

  private static OrganizationCsv.Parsed parse(String text) {
    return OrganizationCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String row(String nip, String supervisor) {
    return nip + ";Nama " + nip + ";Analis;PELAKSANA;Bagian Umum;" + supervisor + ";PNS;";
  }

  private static Map<Integer, List<ImportProblem>> check(
      Map<String, String> region, String... rows) {
    OrganizationCsv.Parsed parsed = parse(HEAD + "\n" + String.join("\n", rows));
    assertFalse(parsed.refused(), () -> parsed.fileProblems().toString());
    return OrganizationCsv.validate(parsed.rows(), region);
  }

  private static Map<String, String> regionWithTop() {
    Map<String, String> region = new HashMap<>();
    region.put(TOP, null);
    return region;
  }

  private static String onlyMessage(Map<Integer, List<ImportProblem>> problems, int row) {
    List<ImportProblem> found = problems.get(row);
    assertEquals(
        1, found == null ? 0 : found.size(), () -> "problems of row " + row + ": " + found);
    return found.get(0).messageId() + " / " + found.get(0).messageEn();
  }

  @Test
  void indonesianHeadersSemicolonsAndBomAreRead() {
    OrganizationCsv.Parsed parsed =
        parse(
            "\uFEFF"
                + HEAD
                + "\n"
                + A
                + ";\"Siti; S.Kom.\";Analis;pelaksana;Bagian Umum;;pppk;s@x.go.id\n");
    assertFalse(parsed.refused(), parsed.fileProblems()::toString);
    assertEquals(';', parsed.delimiter());
    ImportRow row = parsed.rows().get(0);
    assertEquals(2, row.row());
    assertEquals(A, row.nip());
    assertEquals("Siti; S.Kom.", row.name());
    assertEquals(PositionKind.PELAKSANA, row.parsedPositionKind());
    assertEquals(EmploymentType.PPPK, row.parsedStatus());
    assertEquals("s@x.go.id", row.email());
    assertTrue(OrganizationCsv.validate(parsed.rows(), Map.of()).isEmpty());
  }

  @Test
  void englishHeadersInAnyCaseWithCommasAreRead() {
    OrganizationCsv.Parsed parsed =
        parse(
            "NIP,Name,Position,Position_Kind,UNIT,Supervisor_NIP,Employment_Type\r\n"
                + A
                + ",\"Budi, S.E.\",Kepala,JPT,Setda,,PNS\r\n");
    assertFalse(parsed.refused(), parsed.fileProblems()::toString);
    ImportRow row = parsed.rows().get(0);
    assertEquals("Budi, S.E.", row.name());
    assertEquals("Setda", row.unit());
    assertEquals("", row.supervisorNip());
    assertEquals(null, row.email(), "no email column: keep what the region has");
  }

  @Test
  void aFileWithoutNipColumnGetsOneFileError() {
    OrganizationCsv.Parsed parsed = parse("nama;jabatan\nBudi;Kepala\n");
    assertTrue(parsed.refused());
    assertEquals(1, parsed.fileProblems().size());
    assertTrue(parsed.fileProblems().get(0).messageId().contains("kolom NIP"));
    assertTrue(parsed.fileProblems().get(0).messageEn().contains("NIP column"));
  }

  @Test
  void aBinaryFileIsNotCsv() {
    byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x00, (byte) 0xff, (byte) 0xfe, 0x00};
    OrganizationCsv.Parsed parsed = OrganizationCsv.parse(zip);
    assertTrue(parsed.refused());
    assertTrue(parsed.fileProblems().get(0).messageEn().contains("not a readable CSV"));
  }

  @Test
  void aMissingRequiredColumnIsAFileError() {
    OrganizationCsv.Parsed parsed =
        parse("nip;nama;jabatan;unit_kerja;status\n" + A + ";X;Y;Z;PNS");
    assertTrue(parsed.refused());
    assertTrue(parsed.fileProblems().get(0).messageEn().contains("jenis_jabatan"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefused() {
    byte[] big = new byte[OrganizationCsv.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    OrganizationCsv.Parsed parsed = OrganizationCsv.parse(big);
    assertTrue(parsed.refused());
    assertTrue(parsed.fileProblems().get(0).messageEn().contains("limit is 32 MB"));
  }

  @Test
  void moreThanTwoHundredThousandRowsAreRefused() {
    StringBuilder text = new StringBuilder("nip,nama,jabatan,jenis_jabatan,unit,status\n");
    for (int i = 0; i <= OrganizationCsv.MAX_ROWS; i++) {
      text.append("1,a,b,c,d,e\n");
    }
    OrganizationCsv.Parsed parsed = parse(text.toString());
    assertTrue(parsed.refused());
    assertTrue(parsed.fileProblems().get(0).messageEn().contains("200000"));

    StringBuilder exact = new StringBuilder("nip,nama,jabatan,jenis_jabatan,unit,status\n");
    for (int i = 0; i < 1000; i++) {
      exact.append("1,a,b,c,d,e\n");
    }
    assertFalse(parse(exact.toString()).refused());
  }

  @ParameterizedTest
  @CsvSource({
    "19800101200501100, 18 digits",
    "1.98001E+17, 18 digits",
    "198013012005011001, birth date",
    "198001012005131001, appointment month",
    "198001011975011001, not after the birth date",
    "198001012005013001, gender"
  })
  void anInvalidNipNamesTheExactFault(String nip, String fault) {
    Map<Integer, List<ImportProblem>> problems = check(regionWithTop(), row(nip, TOP));
    String message = onlyMessage(problems, 2);
    assertTrue(message.contains(fault), message);
    assertEquals("nip", problems.get(2).get(0).column());
  }

  @Test
  void spacesAndALeadingApostropheInANipAreIgnored() {
    assertTrue(check(regionWithTop(), row("'19800101 200501 1 001", TOP)).isEmpty());
  }

  @Test
  void unknownPositionKindAndStatusAreBothReportedWithTheirColumns() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), A + ";Budi;Analis;Manajer;Umum;" + TOP + ";Honorer;");
    List<String> columns = problems.get(2).stream().map(ImportProblem::column).toList();
    assertEquals(List.of("jenis_jabatan", "status"), columns);
  }

  @Test
  void missingNameAndUnitAreReported() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), A + ";;Analis;PELAKSANA;;" + TOP + ";PNS;");
    assertEquals(
        List.of("nama", "unit_kerja"),
        problems.get(2).stream().map(ImportProblem::column).toList());
  }

  @Test
  void aDuplicateNipRefusesTheLaterRowOnly() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), row(A, TOP), row(B, TOP), row(A, TOP));
    assertEquals(List.of(4), List.copyOf(problems.keySet()));
    assertTrue(onlyMessage(problems, 4).contains("row 2"));
  }

  @Test
  void aSupervisorNeitherInTheFileNorInTheRegionIsRefused() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), row(A, TOP), row(B, A), row(C, "196501011990011001"));
    assertEquals(List.of(4), List.copyOf(problems.keySet()));
    assertTrue(onlyMessage(problems, 4).contains("neither in the file nor in the region"));
  }

  @Test
  void aRowWhoseSupervisorRowIsRefusedIsRefusedToo() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), A + ";Budi;Analis;XYZ;Umum;" + TOP + ";PNS;", row(B, A));
    assertEquals(List.of(2, 3), List.copyOf(problems.keySet()));
    assertTrue(onlyMessage(problems, 3).contains("refused in row 2"));
  }

  @Test
  void anEmployeeCannotBeTheirOwnSupervisor() {
    Map<Integer, List<ImportProblem>> problems = check(regionWithTop(), row(A, A));
    assertTrue(onlyMessage(problems, 2).contains("own supervisor"));
  }

  @Test
  void aCycleWithinTheFileRefusesItsRows() {
    Map<Integer, List<ImportProblem>> problems =
        check(regionWithTop(), row(A, B), row(B, C), row(C, A), row(TOP, ""));
    assertEquals(List.of(2, 3, 4), List.copyOf(problems.keySet()));
    assertTrue(onlyMessage(problems, 2).contains("cycle"));
  }

  @Test
  void aCycleAcrossTheFileAndTheRegionIsRefused() {
    Map<String, String> region = regionWithTop();
    region.put(A, B);
    region.put(B, TOP);
    Map<Integer, List<ImportProblem>> problems = check(region, row(B, A));
    String message = onlyMessage(problems, 2);
    assertTrue(message.contains(B + " → " + A + " → " + B), message);

    // The same link is fine once the file also moves A away from B.
    assertTrue(check(region, row(B, A), row(A, TOP)).isEmpty());
  }

  @Test
  void anEmptySupervisorMakesNoLinkAndNoProblem() {
    assertTrue(check(Map.of(), row(A, "")).isEmpty());
  }

  @Test
  void theErrorReportKeepsTheOriginalColumnsAndAddsBilingualErrors() {
    OrganizationCsv.Parsed parsed =
        parse("\uFEFF" + HEAD + "\n" + row(A, TOP) + "\n" + row(B, B) + "\n");
    Map<Integer, List<ImportProblem>> problems =
        OrganizationCsv.validate(parsed.rows(), regionWithTop());
    String report =
        new String(OrganizationCsv.errorReport(parsed, problems), StandardCharsets.UTF_8);
    List<String> lines = report.lines().toList();
    assertEquals("\uFEFF" + HEAD + ";kesalahan;error", lines.get(0));
    assertEquals(2, lines.size(), report);
    assertTrue(lines.get(1).startsWith(B + ";Nama " + B + ";"), lines.get(1));
    assertTrue(lines.get(1).contains("atasannya sendiri"), lines.get(1));
    assertTrue(lines.get(1).endsWith("nip_atasan: An employee cannot be their own supervisor."));
  }
}
