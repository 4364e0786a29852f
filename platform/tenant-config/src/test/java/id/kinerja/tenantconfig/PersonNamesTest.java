package id.kinerja.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void degreesAfterTheFirstCommaAreDroppedAndTheLastWordIsTheLastName() {
    assertArrayEquals(
        new String[] {"Dr. Yusnita", "Batubara"},
        PersonNames.split("Dr. Yusnita Batubara, S.Sos., M.Si."));
  }

  @Test
  void aSingleNameIsBothFirstAndLastName() {
    assertArrayEquals(new String[] {"Suharto", "Suharto"}, PersonNames.split("Suharto"));
  }

  @Test
  void charactersKeycloakRefusesAndExtraSpacesAreRemoved() {
    assertArrayEquals(
        new String[] {"Siti Aminah", "Lubis"}, PersonNames.split(" Siti (Aminah)  Lubis "));
  }

  @Test
  void noNameAtAllIsADash() {
    assertArrayEquals(new String[] {"-", "-"}, PersonNames.split(null));
    assertArrayEquals(new String[] {"-", "-"}, PersonNames.split("<>"));
  }
}
