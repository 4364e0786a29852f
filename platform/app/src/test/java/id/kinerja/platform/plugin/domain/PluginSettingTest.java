package id.kinerja.platform.plugin.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class PluginSettingTest {

  @Test
  void onlyTheRegionsAdminMayChangeAPluginSetting() {
    assertDoesNotThrow(() -> PluginSetting.checkChangeableBy(true));
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> PluginSetting.checkChangeableBy(false));
    assertEquals(RuleViolation.Kind.FORBIDDEN, refused.kind());
  }
}
