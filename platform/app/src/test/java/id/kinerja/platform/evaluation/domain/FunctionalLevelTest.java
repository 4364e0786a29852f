package id.kinerja.platform.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionalLevelTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "AHLI_PERTAMA, 12.5",
    "AHLI_MUDA, 25",
    "AHLI_MADYA, 37.5",
    "AHLI_UTAMA, 50",
    "PEMULA, 3.75",
    "TERAMPIL, 5",
    "MAHIR, 12.5",
    "PENYELIA, 25"
  })
  void eachJenjangHasTheYearlyCoefficientOfPermenPanrb1Of2023(
      FunctionalLevel level, String coefficient) {
    assertEquals(0, new BigDecimal(coefficient).compareTo(level.yearlyCoefficient()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Perawat Ahli Muda, AHLI_MUDA",
    "Dokter Ahli Pertama, AHLI_PERTAMA",
    "Dokter Ahli Madya, AHLI_MADYA",
    "Analis Kebijakan Ahli Utama, AHLI_UTAMA",
    "Bidan Terampil, TERAMPIL",
    "Pranata Komputer Pemula, PEMULA",
    "Perawat Mahir, MAHIR",
    "Arsiparis Penyelia, PENYELIA",
    "perawat  ahli   muda, AHLI_MUDA"
  })
  void theJenjangIsReadFromThePositionNameIgnoringCaseAndSpacing(
      String positionName, FunctionalLevel level) {
    assertEquals(Optional.of(level), FunctionalLevel.fromPositionName(positionName));
  }

  @Test
  void aPositionNameWithoutJenjangHasNone() {
    assertEquals(Optional.empty(), FunctionalLevel.fromPositionName("Kepala SMP Negeri 1"));
    assertEquals(Optional.empty(), FunctionalLevel.fromPositionName("Ahli Gizi"));
    assertEquals(Optional.empty(), FunctionalLevel.fromPositionName("Keterampilan Umum"));
  }

  @Test
  void creditPointsForAQuarterOfAhliMudaRatedBaikAreAQuarterOfTwentyFive() {
    assertEquals(
        new BigDecimal("6.250"),
        CreditPoints.of(Predicate.BAIK, FunctionalLevel.AHLI_MUDA.yearlyCoefficient(), 3));
  }
}
