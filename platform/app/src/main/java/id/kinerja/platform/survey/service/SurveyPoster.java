package id.kinerja.platform.survey.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.kinerja.platform.document.service.PdfRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The printable A4 poster of a unit's survey page: the unit's name, the QR code of the page's
 * address and short instructions in Bahasa Indonesia, rendered by the platform's {@link
 * PdfRenderer}.
 */
final class SurveyPoster {

  /** Pixels of the QR image; the poster scales it to {@value #QR_MM} mm. */
  private static final int QR_PIXELS = 600;

  private static final int QR_MM = 110;

  private SurveyPoster() {}

  /** The poster's PDF. */
  static byte[] pdf(String regionName, String unitName, String link) {
    return PdfRenderer.render(xhtml(regionName, unitName, link));
  }

  /** The poster as XHTML, with the QR code as a data-URI PNG. */
  static String xhtml(String regionName, String unitName, String link) {
    Document document = Document.createShell("");
    document
        .outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .prettyPrint(false);
    document.title("Survei Kepuasan Masyarakat - " + unitName);
    document
        .head()
        .appendElement("style")
        .appendChild(
            new DataNode(
                "@page { size: A4; margin: 20mm; }"
                    + " body { font-family: Helvetica, '"
                    + PdfRenderer.UNICODE_FONT
                    + "', sans-serif; text-align: center; color: #1a1a1a; }"
                    + " h1 { font-size: 30pt; margin: 0 0 4mm 0; }"
                    + " h2 { font-size: 20pt; margin: 0 0 2mm 0; }"
                    + " .region { font-size: 13pt; margin-bottom: 10mm; }"
                    + " .qr { width: "
                    + QR_MM
                    + "mm; height: "
                    + QR_MM
                    + "mm; }"
                    + " .link { font-size: 12pt; margin: 4mm 0 10mm 0; }"
                    + " ol { text-align: left; font-size: 14pt; margin: 0 15mm; }"
                    + " .note { font-size: 11pt; margin-top: 10mm; }"));
    Element body = document.body();
    body.appendElement("h1").text("Bagaimana pelayanan kami?");
    body.appendElement("h2").text(unitName);
    body.appendElement("div").addClass("region").text(regionName);
    body.appendElement("img")
        .addClass("qr")
        .attr("alt", "QR")
        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(link)));
    body.appendElement("div").addClass("link").text(link);
    Element steps = body.appendElement("ol");
    steps.appendElement("li").text("Pindai kode QR dengan kamera ponsel Anda.");
    steps.appendElement("li").text("Jawab sembilan pertanyaan singkat tentang pelayanan kami.");
    steps.appendElement("li").text("Pilih petugas yang melayani Anda bila ingin (tidak wajib).");
    steps.appendElement("li").text("Tekan \"Kirim\". Selesai, terima kasih!");
    body.appendElement("p")
        .addClass("note")
        .text(
            "Survei Kepuasan Masyarakat (SKM). Tanpa akun, tanpa nama: jawaban Anda anonim dan"
                + " membantu kami memperbaiki pelayanan.");
    return document.outerHtml();
  }

  /** The QR code of {@code text} as a black-on-white PNG with a quiet zone. */
  static byte[] qrPng(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  QR_PIXELS,
                  QR_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code of " + text, e);
    }
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
