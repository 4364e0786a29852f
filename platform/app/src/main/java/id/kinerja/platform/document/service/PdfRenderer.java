package id.kinerja.platform.document.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a self-contained XHTML document (inline CSS, no external resources, the PDF base fonts)
 * to PDF. Any document of the platform goes through here.
 */
public final class PdfRenderer {

  private PdfRenderer() {}

  /**
   * The PDF of the XHTML document.
   *
   * @param xhtml well-formed XHTML with all text escaped
   * @return the PDF's bytes
   */
  public static byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }
}
