package id.kinerja.platform.document.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a self-contained XHTML document (inline CSS, no external resources) to PDF. Any document
 * of the platform goes through here.
 *
 * <p>Text is set in the PDF base fonts, which only cover Latin-1; any other character (Ł, Ș, „, €)
 * falls back to {@link #UNICODE_FONT}, embedded as a subset. Its TrueType file ships inside PDFBox
 * itself, so it is there wherever the application runs, whatever fonts the machine has.
 */
public final class PdfRenderer {

  /** The family name under which the Unicode fallback font is known to the style sheets. */
  public static final String UNICODE_FONT = "Liberation Sans";

  private static final String UNICODE_FONT_FILE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

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
    builder.useFont(
        () -> PdfRenderer.class.getResourceAsStream(UNICODE_FONT_FILE),
        UNICODE_FONT,
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
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
