package id.kinerja.platform.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.evaluation.domain.FunctionalLevel;
import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.ObjectionView;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.shared.domain.CoreValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EvaluationDocumentTest {

  private static final SkpDocument.Person PEGAWAI =
      new SkpDocument.Person(
          "Ns. Ahmad Pasaribu, S.Kep.",
          "199001202015031002",
          null,
          "Perawat Ahli Muda",
          "UPTD Puskesmas Datuk Bandar");
  private static final SkpDocument.Person PENILAI =
      new SkpDocument.Person(
          "dr. Azhar Batubara",
          "197806152003121004",
          null,
          "Kepala UPTD Puskesmas Datuk Bandar",
          "UPTD Puskesmas Datuk Bandar");
  private static final SkpDocument.Person ATASAN =
      new SkpDocument.Person(
          "Hendra Batubara, S.K.M., M.Kes.",
          "197405051996021010",
          null,
          "Kepala Dinas Kesehatan",
          "Dinas Kesehatan");
  private static final OffsetDateTime FILED =
      OffsetDateTime.of(2036, 4, 10, 3, 0, 0, 0, ZoneOffset.UTC);

  private static RatingView rating(RatingStatus status, ObjectionView objection, String note) {
    return new RatingView(
        7,
        3,
        2036,
        PeriodKind.QUARTER,
        1,
        PEGAWAI.nip(),
        PEGAWAI.name(),
        PENILAI.nip(),
        Rating.ABOVE_EXPECTATION,
        Rating.AS_EXPECTED,
        Predicate.BAIK,
        Map.of(CoreValue.KOLABORATIF, "Aktif membantu tim imunisasi"),
        note,
        status,
        status == RatingStatus.DRAFT ? null : FILED,
        null,
        objection,
        2);
  }

  private static ObjectionView objection(ObjectionStatus status) {
    boolean decided = status != ObjectionStatus.PENDING;
    return new ObjectionView(
        11,
        7,
        "Target sudah terlampaui",
        FILED,
        status,
        Rating.AS_EXPECTED,
        Rating.AS_EXPECTED,
        Predicate.BAIK,
        decided ? ATASAN.nip() : null,
        decided ? FILED.plusDays(3) : null,
        decided ? "Bukti tidak mendukung" : null,
        1);
  }

  private static final List<RealisationSheet.Row> WORK =
      List.of(
          new RealisationSheet.Row(
              1,
              ResultKind.UTAMA,
              "Cakupan imunisasi dasar lengkap meningkat",
              "Persentase bayi diimunisasi",
              Aspect.KUANTITAS,
              "%",
              "90",
              true,
              new RealisationSheet.RealisationView(
                  5,
                  1,
                  3,
                  "93",
                  "Posyandu keliling",
                  FILED,
                  FILED,
                  List.of(),
                  List.of(
                      new RealisationSheet.FeedbackView(
                          9, PENILAI.nip(), PENILAI.name(), "Pertahankan", FILED)),
                  1)),
          new RealisationSheet.Row(
              2,
              ResultKind.UTAMA,
              "Cakupan imunisasi dasar lengkap meningkat",
              "Waktu pelaporan",
              Aspect.WAKTU,
              "hari",
              "5",
              true,
              null));

  private static String periodic(RatingView rating, UnitResult unit) {
    return EvaluationDocument.periodic(
        rating,
        LocalDate.of(2036, 1, 1),
        LocalDate.of(2036, 3, 31),
        new EvaluationDocument.People(PEGAWAI, PENILAI, ATASAN),
        unit,
        WORK,
        Map.of(CoreValue.KOLABORATIF, "Koordinasi dengan kader posyandu"),
        new EvaluationDocument.Issue(
            "Pemerintah Kota Tanjungbalai", "Kota Tanjungbalai", LocalDate.of(2036, 4, 5)));
  }

  private static String text(String xhtml) throws IOException {
    try (PDDocument document = Loader.loadPDF(PdfRenderer.render(xhtml))) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static void assertContains(String text, String... expected) {
    for (String e : expected) {
      assertTrue(text.contains(e), () -> e + " missing in: " + text);
    }
  }

  @Test
  void thePeriodicEvaluationShowsThePeopleWorkRatingsAndPredikatInTheOfficialLayout()
      throws IOException {
    String text = text(periodic(rating(RatingStatus.PUBLISHED, null, null), UnitResult.BAIK));
    assertContains(
        text,
        "EVALUASI KINERJA PEGAWAI",
        "PERIODE: Triwulan I 2036",
        "1 Januari 2036 s.d. 31 Maret 2036",
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "ATASAN PEJABAT PENILAI KINERJA",
        "Ns. Ahmad Pasaribu",
        "dr. Azhar Batubara",
        "Hendra Batubara, S.K.M., M.Kes.",
        "CAPAIAN KINERJA ORGANISASI Baik",
        "Cakupan imunisasi dasar lengkap meningkat",
        "Persentase bayi diimunisasi",
        "93 %",
        "Pertahankan (dr. Azhar Batubara)",
        "RATING HASIL KERJA Di Atas Ekspektasi",
        "PERILAKU KERJA",
        "Koordinasi dengan kader posyandu",
        "Aktif membantu tim imunisasi",
        "RATING PERILAKU KERJA Sesuai Ekspektasi",
        "PREDIKAT KINERJA PEGAWAI Baik",
        "Kota Tanjungbalai, 5 April 2036");
    assertFalse(text.contains("keberatan"), text);
    assertFalse(text.contains("DRAF"), text);
  }

  @Test
  void anUnknownUnitResultLeavesTheCapaianBlank() throws IOException {
    String text = text(periodic(rating(RatingStatus.PUBLISHED, null, null), null));
    assertContains(text, "CAPAIAN KINERJA ORGANISASI HASIL KERJA");
  }

  @Test
  void aRatingUnderObjectionIsMarkedAndADecidedOneShowsTheDecision() throws IOException {
    assertContains(
        text(
            periodic(
                rating(RatingStatus.OBJECTED, objection(ObjectionStatus.PENDING), null), null)),
        "Dalam proses keberatan");
    String decided =
        text(
            periodic(
                rating(RatingStatus.PUBLISHED, objection(ObjectionStatus.REJECTED), null), null));
    assertContains(
        decided,
        "Keberatan ditolak oleh atasan pejabat penilai kinerja pada 13 April 2036",
        "Bukti tidak mendukung");
    assertFalse(decided.contains("Dalam proses keberatan"), decided);
  }

  @Test
  void aDraftIsMarkedAsNotYetPublished() throws IOException {
    assertContains(
        text(periodic(rating(RatingStatus.DRAFT, null, null), null)),
        "DRAF: BELUM DIUMUMKAN KEPADA PEGAWAI");
  }

  @Test
  void markupInNotesIsEscapedNotInterpreted() throws IOException {
    String xhtml =
        periodic(rating(RatingStatus.PUBLISHED, null, "Nilai < 3 & <i>perlu</i> \"dibina\""), null);
    assertFalse(xhtml.contains("<i>perlu</i>"));
    assertContains(text(xhtml), "Nilai < 3 & <i>perlu</i> \"dibina\"");
  }

  @Test
  void textOutsideLatin1IsPrintedNotReplaced() throws IOException {
    String xhtml = periodic(rating(RatingStatus.PUBLISHED, null, "Łukasz – Šćekić „baik“ €"), null);
    assertContains(text(xhtml), "Łukasz – Šćekić „baik“ €");
  }

  @Test
  void theYearlyEvaluationShowsThePeriodsThePredikatAndTheCreditPoints() throws IOException {
    AnnualView annual =
        new AnnualView(
            PEGAWAI.nip(),
            PEGAWAI.name(),
            2036,
            Rating.AS_EXPECTED,
            Rating.AS_EXPECTED,
            Predicate.BAIK,
            FunctionalLevel.AHLI_MUDA,
            new BigDecimal("12.50"),
            List.of(
                new AnnualView.PeriodCredit(7, 1, 3, Predicate.BAIK, false, new BigDecimal("6.25")),
                new AnnualView.PeriodCredit(
                    8, 2, 3, Predicate.SANGAT_BAIK, true, new BigDecimal("9.375"))));
    String text =
        text(
            EvaluationDocument.annual(
                annual,
                new EvaluationDocument.People(PEGAWAI, PENILAI, ATASAN),
                new EvaluationDocument.Issue(
                    "Pemerintah Kota Tanjungbalai",
                    "Kota Tanjungbalai",
                    LocalDate.of(2037, 1, 10))));
    assertContains(
        text,
        "EVALUASI KINERJA PEGAWAI",
        "PERIODE: TAHUNAN 2036",
        "1 Januari 2036 s.d. 31 Desember 2036",
        "Ns. Ahmad Pasaribu",
        "Triwulan I 2036 3 Baik 6.25",
        "Triwulan II 2036 3 Sangat Baik Dalam proses keberatan 9.375",
        "PREDIKAT KINERJA PEGAWAI Baik",
        "ANGKA KREDIT 12.5 (jenjang Ahli Muda, koefisien tahunan 25)");
  }

  @Test
  void periodsAreNamedAsQuartersOrMonths() {
    assertEquals("Triwulan IV 2036", EvaluationDocument.periodName(PeriodKind.QUARTER, 4, 2036));
    assertEquals("Bulan Februari 2036", EvaluationDocument.periodName(PeriodKind.MONTH, 2, 2036));
  }
}
