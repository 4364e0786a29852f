package id.kinerja.platform.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.shared.domain.CoreValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SkpDocumentTest {

  private static final SkpDocument.Person PEGAWAI =
      new SkpDocument.Person(
          "Sugeng Hartono, S.E.",
          "199503312018021112",
          null,
          "Pengelola Pengaduan Masyarakat",
          "Kecamatan Banyumanik");
  private static final SkpDocument.Person PENILAI =
      new SkpDocument.Person(
          "Dyah Lestari, S.IP., M.Si.",
          "198210112004122079",
          "Penata Tk. I (III/d)",
          "Kepala Seksi Pelayanan Umum",
          "Kecamatan Banyumanik");

  private static PlanView plan(String utama, String tambahan) {
    return new PlanView(
        41,
        PEGAWAI.nip(),
        PEGAWAI.name(),
        PENILAI.nip(),
        2031,
        1,
        PlanStatus.APPROVED,
        null,
        PENILAI.nip(),
        null,
        List.of(
            new PlanView.ResultView(
                2,
                ResultKind.TAMBAHAN,
                tambahan,
                null,
                null,
                List.of(
                    new PlanView.IndicatorView(
                        5, "Jumlah sosialisasi", Aspect.KUANTITAS, "kali", Map.of(2, "1"))),
                0),
            new PlanView.ResultView(
                1,
                ResultKind.UTAMA,
                utama,
                9L,
                "Meningkatnya kualitas pelayanan umum",
                List.of(
                    new PlanView.IndicatorView(
                        3,
                        "Persentase pengaduan selesai",
                        Aspect.KUANTITAS,
                        "%",
                        Map.of(1, "90", 2, "95")),
                    new PlanView.IndicatorView(
                        4, "Waktu penyelesaian", Aspect.WAKTU, "hari", Map.of(1, "3"))),
                0)),
        List.of(
            new PlanView.ExpectationView(CoreValue.KOLABORATIF, "Aktif dalam rapat lintas seksi")),
        3);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // The table wraps long cells: compare on single spaces.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static byte[] render(PlanView plan) {
    return PdfRenderer.render(
        SkpDocument.xhtml(
            plan,
            "Kecamatan Banyumanik, Kota Semarang",
            PEGAWAI,
            PENILAI,
            "Kota Semarang",
            LocalDate.of(2031, 1, 15)));
  }

  @Test
  void theSkpPdfNamesThePeopleTheRhkAndTheBehaviourInTheOfficialLayout() throws IOException {
    byte[] pdf = render(plan("Pengaduan masyarakat tertangani", "Sosialisasi layanan"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = text(pdf);
    for (String expected :
        List.of(
            "SASARAN KINERJA PEGAWAI",
            "PEGAWAI YANG DINILAI",
            "PEJABAT PENILAI KINERJA",
            "Sugeng Hartono, S.E.",
            "199503312018021112",
            "Dyah Lestari",
            "Penata Tk. I (III/d)",
            "1 Januari 2031 s.d. 31 Desember 2031",
            "HASIL KERJA",
            "Pengaduan masyarakat tertangani",
            "Meningkatnya kualitas pelayanan umum",
            "Persentase pengaduan selesai",
            "Periode 1: 90 %",
            "PERILAKU KERJA",
            "Berorientasi Pelayanan",
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Kolaboratif",
            "Aktif dalam rapat lintas seksi",
            "Kota Semarang, 15 Januari 2031")) {
      assertTrue(text.contains(expected), () -> expected + " missing in: " + text);
    }
  }

  @Test
  void rhkUtamaAreNumberedBeforeTambahan() throws IOException {
    String text = text(render(plan("Pengaduan masyarakat tertangani", "Sosialisasi layanan")));
    int utama = text.indexOf("1 Meningkatnya kualitas pelayanan umum Pengaduan masyarakat");
    int tambahan = text.indexOf("2 Sosialisasi layanan");
    assertTrue(utama >= 0 && tambahan > utama, text);
  }

  @Test
  void textWithMarkupCharactersIsEscapedNotInterpreted() throws IOException {
    String xhtml =
        SkpDocument.xhtml(
            plan("Respons < 2 hari & <b>tuntas</b>", "A&B \"kutip\""),
            "Kota <X>",
            PEGAWAI,
            null,
            "Kota",
            LocalDate.of(2031, 1, 15));
    assertFalse(xhtml.contains("<b>tuntas</b>"));
    assertTrue(xhtml.contains("Respons &lt; 2 hari &amp; &lt;b&gt;tuntas&lt;/b&gt;"));
    String text = text(PdfRenderer.render(xhtml));
    assertTrue(text.contains("Respons < 2 hari & <b>tuntas</b>"), text);
    assertTrue(text.contains("A&B \"kutip\""), text);
  }
}
