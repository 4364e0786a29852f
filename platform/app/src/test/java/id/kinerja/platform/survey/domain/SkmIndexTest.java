package id.kinerja.platform.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkmIndexTest {

  private static final List<String> ELEMENTS =
      List.of(
          "persyaratan",
          "prosedur",
          "waktu",
          "biaya",
          "produk",
          "kompetensi",
          "perilaku",
          "pengaduan",
          "sarana");

  /** One response scoring the nine elements in order, with a suggestion that does not count. */
  private static List<StoredAnswer> response(int... scores) {
    List<StoredAnswer> answers = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      answers.add(new StoredAnswer(ELEMENTS.get(i), 4, scores[i], null));
    }
    answers.add(new StoredAnswer("saran", 0, null, "Antrian perlu nomor"));
    return answers;
  }

  @Test
  void ikmIsTheRegulationsSumOfNrrTimesOneNinthTimesTwentyFive() {
    // Four respondents; per element NRR = mean score.
    List<List<StoredAnswer>> responses =
        List.of(
            response(4, 3, 3, 4, 3, 4, 4, 3, 2),
            response(3, 3, 2, 4, 3, 3, 4, 3, 3),
            response(4, 4, 3, 4, 4, 3, 3, 2, 3),
            response(3, 3, 2, 4, 3, 4, 4, 3, 2));
    SkmIndex index = SkmIndex.of(responses);
    assertEquals(4, index.respondents());
    assertEquals(new BigDecimal("3.50"), index.nrr().get("persyaratan"));
    assertEquals(new BigDecimal("3.25"), index.nrr().get("prosedur"));
    assertEquals(new BigDecimal("2.50"), index.nrr().get("waktu"));
    assertEquals(new BigDecimal("4.00"), index.nrr().get("biaya"));
    assertEquals(new BigDecimal("2.50"), index.nrr().get("sarana"));
    assertEquals(9, index.nrr().size());
    // Sum of all scores 116 over 4 respondents and 9 elements: (116 / 4 / 9) * 25 = 80.56
    BigDecimal regulation =
        BigDecimal.valueOf(116)
            .divide(BigDecimal.valueOf(36), 10, RoundingMode.HALF_UP)
            .multiply(BigDecimal.valueOf(25))
            .setScale(2, RoundingMode.HALF_UP);
    assertEquals(new BigDecimal("80.56"), regulation);
    assertEquals(regulation, index.ikm());
    assertEquals(ServiceQuality.B, index.quality());
  }

  @Test
  void theExtremesOfTheFourPointScaleAreTwentyFiveAndHundred() {
    assertEquals(
        new BigDecimal("100.00"), SkmIndex.of(List.of(response(4, 4, 4, 4, 4, 4, 4, 4, 4))).ikm());
    SkmIndex worst = SkmIndex.of(List.of(response(1, 1, 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(new BigDecimal("25.00"), worst.ikm());
    assertEquals(ServiceQuality.D, worst.quality());
  }

  @Test
  void anElementOnAnotherScaleCountsAsNrrOverItsMaximumTimesHundred() {
    // 5 of 5 = 100, 2 of 4 = 50: mean 75
    SkmIndex index =
        SkmIndex.of(
            List.of(List.of(new StoredAnswer("a", 5, 5, null), new StoredAnswer("b", 4, 2, null))));
    assertEquals(new BigDecimal("75.00"), index.ikm());
    assertEquals(ServiceQuality.C, index.quality());
  }

  @Test
  void withoutResponsesThereIsNoIndex() {
    SkmIndex index = SkmIndex.of(List.of());
    assertEquals(0, index.respondents());
    assertNull(index.ikm());
    assertNull(index.quality());
  }

  @Test
  void theMutuBandsAreThoseOfPermenPanRb14Of2017() {
    assertEquals(ServiceQuality.A, ServiceQuality.of(new BigDecimal("100.00")));
    assertEquals(ServiceQuality.A, ServiceQuality.of(new BigDecimal("88.31")));
    assertEquals(ServiceQuality.B, ServiceQuality.of(new BigDecimal("88.30")));
    assertEquals(ServiceQuality.B, ServiceQuality.of(new BigDecimal("76.61")));
    assertEquals(ServiceQuality.C, ServiceQuality.of(new BigDecimal("76.60")));
    assertEquals(ServiceQuality.C, ServiceQuality.of(new BigDecimal("65.00")));
    assertEquals(ServiceQuality.D, ServiceQuality.of(new BigDecimal("64.99")));
    assertEquals(ServiceQuality.D, ServiceQuality.of(new BigDecimal("25.00")));
  }
}
