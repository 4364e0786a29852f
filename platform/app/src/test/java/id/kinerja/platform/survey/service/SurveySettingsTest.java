package id.kinerja.platform.survey.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurveySettingsTest {

  @Test
  void forwardedForIsIgnoredUnlessAProxyIsTrusted() {
    assertEquals("203.0.113.9", SurveySettings.clientAddress(false, "203.0.113.9", "1.2.3.4"));
  }

  @Test
  void behindATrustedProxyTheAddressItAppendedCountsNotOnesTheClientForged() {
    assertEquals(
        "198.51.100.20", SurveySettings.clientAddress(true, "10.0.0.2", "1.2.3.4, 198.51.100.20"));
    assertEquals("10.0.0.2", SurveySettings.clientAddress(true, "10.0.0.2", null));
  }
}
