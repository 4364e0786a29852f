package id.kinerja.platform.realisation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Evidence downloads are attachments whose header cannot be broken by the file's name. */
class RealisationsResourceTest {

  @Test
  void theDownloadIsAnAttachmentWithAnAsciiFallbackAndTheUtf8Name() {
    assertEquals(
        "attachment; filename=\"laporan audit.pdf\"; filename*=UTF-8''laporan%20audit.pdf",
        RealisationsResource.contentDisposition("laporan audit.pdf"));
    assertEquals(
        "attachment; filename=\"rekap__.xlsx\"; filename*=UTF-8''rekap%E2%80%93%C3%A9.xlsx",
        RealisationsResource.contentDisposition("rekap–é.xlsx"));
  }
}
