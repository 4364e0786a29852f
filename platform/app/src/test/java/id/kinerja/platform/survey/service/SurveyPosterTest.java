package id.kinerja.platform.survey.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SurveyPosterTest {

  private static final String LINK = "https://banyumanik.kinerja.go.id/survei/kel-padangsari";

  @Test
  void theQrCodeReadsAsThePagesAddress() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(SurveyPoster.qrPng(LINK)));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String read =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertEquals(LINK, read);
  }

  @Test
  void thePosterIsAPdfNamingTheUnitWithEscapedText() {
    String xhtml = SurveyPoster.xhtml("Kecamatan Banyumanik", "Kelurahan <Padangsari> & Co", LINK);
    assertTrue(xhtml.contains("Kelurahan &lt;Padangsari&gt; &amp; Co"), xhtml);
    assertTrue(xhtml.contains("data:image/png;base64,"), xhtml);
    assertTrue(xhtml.contains("Pindai kode QR"), xhtml);
    byte[] pdf = SurveyPoster.pdf("Kecamatan Banyumanik", "Kelurahan Padangsari", LINK);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
  }
}
