package id.kinerja.platform.realisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.shared.domain.RuleViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence files are checked by content and size; links must be http(s) web addresses. */
class EvidenceRulesTest {

  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'};

  /** A ZIP package with these (empty) parts. */
  static byte[] zip(String... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String part : parts) {
        zip.putNextEntry(new ZipEntry(part));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] docx() throws IOException {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  static byte[] xlsx() throws IOException {
    return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
  }

  @Test
  void pdfPngAndJpegAreRecognisedByTheirMagicBytes() {
    assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.detect(PDF));
    assertEquals(Optional.of(EvidenceType.PNG), EvidenceType.detect(PNG));
    assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.detect(JPEG));
  }

  @Test
  void officeDocumentsAreRecognisedByThePartsOfTheirPackage() throws IOException {
    assertEquals(Optional.of(EvidenceType.DOCX), EvidenceType.detect(docx()));
    assertEquals(Optional.of(EvidenceType.XLSX), EvidenceType.detect(xlsx()));
  }

  @Test
  void aPlainZipAMacroDocumentAndAnArchiveWithoutContentTypesAreNotOfficeDocuments()
      throws IOException {
    assertEquals(Optional.empty(), EvidenceType.detect(zip("a.txt", "b/c.exe")));
    assertEquals(
        Optional.empty(),
        EvidenceType.detect(
            zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
    assertEquals(Optional.empty(), EvidenceType.detect(zip("word/document.xml")));
    assertEquals(
        Optional.empty(),
        EvidenceType.detect(zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")));
  }

  @Test
  void aTruncatedOrCorruptZipIsRefusedWithoutFailing() throws IOException {
    byte[] docx = docx();
    for (int cut : new int[] {4, 30, docx.length / 2, docx.length - 10, docx.length - 1}) {
      assertEquals(Optional.empty(), EvidenceType.detect(Arrays.copyOf(docx, cut)), "cut " + cut);
    }
    byte[] corrupt = docx.clone();
    corrupt[corrupt.length - 6] = (byte) 0xFF; // the central directory's offset
    assertEquals(Optional.empty(), EvidenceType.detect(corrupt));
  }

  @Test
  void theTypeComesFromTheContentNotTheName() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> EvidenceRules.checkFile(html, 1000));
    assertEquals(RuleViolation.Kind.INVALID, refused.kind());
    assertTrue(refused.messageEn().contains("not accepted"), refused.messageEn());
    assertEquals(EvidenceType.PDF, EvidenceRules.checkFile(PDF, 1000));
    assertEquals(
        "laporan.exe.pdf", EvidenceRules.sanitiseFileName("laporan.exe", EvidenceType.PDF));
  }

  @Test
  void emptyFilesAndFilesOverTheLimitAreRefused() {
    RuleViolation empty =
        assertThrows(RuleViolation.class, () -> EvidenceRules.checkFile(new byte[0], 1000));
    assertEquals("The evidence file is empty.", empty.messageEn());
    assertEquals("Berkas bukti dukung kosong.", empty.messageId());
    byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    RuleViolation tooLarge =
        assertThrows(
            RuleViolation.class,
            () -> EvidenceRules.checkFile(big, EvidenceRules.DEFAULT_MAX_BYTES));
    assertTrue(tooLarge.messageEn().contains("10 MB"), tooLarge.messageEn());
    assertTrue(tooLarge.messageId().contains("10 MB"), tooLarge.messageId());
    byte[] exact = Arrays.copyOf(PDF, 10 * 1024 * 1024);
    assertEquals(EvidenceType.PDF, EvidenceRules.checkFile(exact, EvidenceRules.DEFAULT_MAX_BYTES));
  }

  @Test
  void fileNamesAreSanitised() {
    assertEquals(
        "passwd.pdf", EvidenceRules.sanitiseFileName("../../etc/passwd", EvidenceType.PDF));
    assertEquals(
        "evil.png", EvidenceRules.sanitiseFileName("C:\\Users\\x\\evil.png", EvidenceType.PNG));
    assertEquals("ab.docx", EvidenceRules.sanitiseFileName("a\r\n\"b\".docx", EvidenceType.DOCX));
    assertEquals(
        "Laporan Bulan fdp.exe.pdf",
        EvidenceRules.sanitiseFileName("Laporan   Bulan \u202efdp.exe", EvidenceType.PDF));
    assertEquals("htaccess.jpg", EvidenceRules.sanitiseFileName(".htaccess", EvidenceType.JPEG));
    assertEquals("foto.JPEG", EvidenceRules.sanitiseFileName("foto.JPEG", EvidenceType.JPEG));
    assertEquals("bukti-dukung.xlsx", EvidenceRules.sanitiseFileName("  ", EvidenceType.XLSX));
    assertEquals("bukti-dukung.pdf", EvidenceRules.sanitiseFileName(null, EvidenceType.PDF));
    String longName = EvidenceRules.sanitiseFileName("x".repeat(500) + ".pdf", EvidenceType.PDF);
    assertEquals(EvidenceRules.MAX_NAME_LENGTH, longName.length());
    assertTrue(longName.endsWith(".pdf"));
  }

  @Test
  void onlyCompleteHttpAndHttpsLinksAreAccepted() {
    assertEquals(
        "https://drive.example.go.id/bukti/1",
        EvidenceRules.checkLink("  https://drive.example.go.id/bukti/1 "));
    assertEquals(
        "http://intranet.local/a?b=c", EvidenceRules.checkLink("http://intranet.local/a?b=c"));
    assertEquals("HTTPS://Example.org", EvidenceRules.checkLink("HTTPS://Example.org"));
    for (String bad :
        new String[] {
          null,
          "",
          "   ",
          "javascript:alert(1)",
          "file:///etc/passwd",
          "ftp://example.org/x",
          "data:text/html,<b>x</b>",
          "//example.org/x",
          "example.org",
          "https://",
          "https://user:secret@example.org/",
          "https://exa mple.org/",
          "https://example.org/" + "a".repeat(2000)
        }) {
      RuleViolation refused =
          assertThrows(RuleViolation.class, () -> EvidenceRules.checkLink(bad), bad);
      assertEquals(RuleViolation.Kind.INVALID, refused.kind());
    }
  }

  @Test
  void theSha256IsTheHexDigestOfTheContent() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        EvidenceRules.sha256(new byte[0]));
  }
}
