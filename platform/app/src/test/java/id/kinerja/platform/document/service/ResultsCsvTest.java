package id.kinerja.platform.document.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final List<ResultsCsv.Line> LINES =
      List.of(
          new ResultsCsv.Line(
              "199001202015031002",
              "Ns. Ahmad Pasaribu, S.Kep.",
              "Perawat Ahli Muda",
              "UPTD Puskesmas Datuk Bandar",
              "197806152003121004",
              Rating.ABOVE_EXPECTATION,
              Rating.AS_EXPECTED,
              Predicate.BAIK,
              RatingStatus.OBJECTED,
              true),
          new ResultsCsv.Line(
              "199511272023011004",
              "dr. Ahmad \"Ucok\" Simatupang",
              "Dokter Ahli Pertama",
              "UPTD Puskesmas Datuk Bandar",
              "197806152003121004",
              Rating.AS_EXPECTED,
              Rating.AS_EXPECTED,
              Predicate.BAIK,
              RatingStatus.DRAFT,
              false));

  private static List<CSVRecord> parse(byte[] csv) throws IOException {
    String text = new String(csv, BOM.length, csv.length - BOM.length, StandardCharsets.UTF_8);
    return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
  }

  @Test
  void theCsvStartsWithTheUtf8ByteOrderMarkForExcel() {
    byte[] csv = ResultsCsv.csv(LINES);
    assertArrayEquals(BOM, Arrays.copyOf(csv, 3));
  }

  @Test
  void theHeaderNamesEveryColumnAndRatingsUnderObjectionAreMarked() throws IOException {
    List<CSVRecord> records = parse(ResultsCsv.csv(LINES));
    assertEquals(
        List.of(
            "NIP",
            "Nama",
            "Jabatan",
            "Unit Kerja",
            "NIP Pejabat Penilai",
            "Rating Hasil Kerja",
            "Rating Perilaku Kerja",
            "Predikat",
            "Status",
            "Keberatan"),
        records.get(0).toList());
    assertEquals(
        List.of(
            "199001202015031002",
            "Ns. Ahmad Pasaribu, S.Kep.",
            "Perawat Ahli Muda",
            "UPTD Puskesmas Datuk Bandar",
            "197806152003121004",
            "Di Atas Ekspektasi",
            "Sesuai Ekspektasi",
            "Baik",
            "Keberatan",
            "Dalam proses keberatan"),
        records.get(1).toList());
    assertEquals("Draf", records.get(2).get(8));
    assertEquals("", records.get(2).get(9));
  }

  @Test
  void namesWithCommasAndQuotesAreQuoted() {
    String text = new String(ResultsCsv.csv(LINES), StandardCharsets.UTF_8);
    assertEquals(true, text.contains(",\"Ns. Ahmad Pasaribu, S.Kep.\","), text);
    assertEquals(true, text.contains(",\"dr. Ahmad \"\"Ucok\"\" Simatupang\","), text);
  }
}
