package id.kinerja.platform.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.kinerja.platform.survey.domain.FormToken.Check;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokenTest {

  private static final byte[] SECRET = "rahasia-server".getBytes(StandardCharsets.UTF_8);
  private static final Instant ISSUED = Instant.parse("2026-11-23T03:00:00Z");
  private final String token = FormToken.issue(SECRET, "kel-padangsari", ISSUED);

  @Test
  void aFormSentBackBetweenTwoSecondsAndTwoHoursIsValid() {
    assertEquals(Check.VALID, check(token, "kel-padangsari", ISSUED.plusSeconds(2)));
    assertEquals(Check.VALID, check(token, "kel-padangsari", ISSUED.plus(Duration.ofHours(2))));
  }

  @Test
  void aFormSentBackWithinTwoSecondsIsTooFast() {
    assertEquals(Check.TOO_FAST, check(token, "kel-padangsari", ISSUED.plusMillis(1999)));
  }

  @Test
  void aFormOlderThanTwoHoursHasExpired() {
    assertEquals(
        Check.EXPIRED,
        check(token, "kel-padangsari", ISSUED.plus(Duration.ofHours(2)).plusSeconds(1)));
  }

  @Test
  void aTokenOfAnotherUnitAnotherSecretOrAlteredTimeIsForged() {
    Instant later = ISSUED.plusSeconds(10);
    assertEquals(Check.FORGED, check(token, "kel-srondolwetan", later));
    assertEquals(
        Check.FORGED,
        FormToken.check("lain".getBytes(StandardCharsets.UTF_8), token, "kel-padangsari", later));
    String altered = (ISSUED.getEpochSecond() - 100) + token.substring(token.indexOf('.'));
    assertEquals(Check.FORGED, check(altered, "kel-padangsari", later));
    assertEquals(Check.FORGED, check(null, "kel-padangsari", later));
    assertEquals(Check.FORGED, check("tanpa-titik", "kel-padangsari", later));
  }

  @Test
  void theDeviceHashDependsOnSecretAddressAndDayAndHidesTheAddress() {
    String hash = FormToken.hmac(SECRET, "survey-client", "10.0.0.7", "2026-11-23");
    assertEquals(hash, FormToken.hmac(SECRET, "survey-client", "10.0.0.7", "2026-11-23"));
    assertNotEquals(hash, FormToken.hmac(SECRET, "survey-client", "10.0.0.8", "2026-11-23"));
    assertNotEquals(hash, FormToken.hmac(SECRET, "survey-client", "10.0.0.7", "2026-11-24"));
    assertEquals(false, hash.contains("10.0.0.7"));
  }

  private static Check check(String token, String unit, Instant now) {
    return FormToken.check(SECRET, token, unit, now);
  }
}
