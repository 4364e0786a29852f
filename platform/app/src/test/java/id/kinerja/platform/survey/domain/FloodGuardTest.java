package id.kinerja.platform.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.platform.survey.domain.FloodGuard.Decision;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

  private final FloodGuard guard = new FloodGuard(5, 30);

  @Test
  void aDeviceSendsAtMostMaxPerHourResponsesForAUnit() {
    assertEquals(Decision.ACCEPT, guard.decide(0, 4));
    assertEquals(Decision.DEVICE_LIMIT, guard.decide(0, 5));
    assertEquals(Decision.DEVICE_LIMIT, guard.decide(0, 9));
  }

  @Test
  void aUnitTakesAtMostUnitCapResponsesAMinuteFromEveryoneTogether() {
    assertEquals(Decision.ACCEPT, guard.decide(29, 0));
    assertEquals(Decision.UNIT_FLOOD, guard.decide(30, 0));
  }

  @Test
  void aFloodAnswersBeforeTheDevicesLimit() {
    assertEquals(Decision.UNIT_FLOOD, guard.decide(30, 5));
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FloodGuard(0, 30));
    assertThrows(IllegalArgumentException.class, () -> new FloodGuard(5, 0));
  }
}
