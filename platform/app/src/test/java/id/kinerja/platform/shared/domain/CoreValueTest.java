package id.kinerja.platform.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.shared.domain.CoreValue.GuidingBehaviour;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoreValueTest {

  @Test
  void theSevenCoreValuesSpellBerAkhlak() {
    String initials =
        Arrays.stream(CoreValue.values())
            .map(v -> v.labelId().substring(0, 1))
            .collect(Collectors.joining());
    assertEquals("BAKHLAK", initials);
    assertEquals("Berorientasi Pelayanan", CoreValue.BERORIENTASI_PELAYANAN.labelId());
    assertEquals("Service-oriented", CoreValue.BERORIENTASI_PELAYANAN.labelEn());
  }

  @Test
  void eachCoreValueHasThreeDistinctGuidingBehavioursInBothLanguages() {
    Set<String> seen = new HashSet<>();
    for (CoreValue value : CoreValue.values()) {
      assertEquals(3, value.guidingBehaviours().size(), value.name());
      for (GuidingBehaviour behaviour : value.guidingBehaviours()) {
        assertFalse(behaviour.labelId().isBlank(), value.name());
        assertFalse(behaviour.labelEn().isBlank(), value.name());
        assertFalse(behaviour.labelId().equals(behaviour.labelEn()), behaviour.labelId());
        assertTrue(seen.add(behaviour.labelId()), "repeated: " + behaviour.labelId());
      }
    }
  }

  @Test
  void guidingBehavioursFollowTheOfficialText() {
    assertEquals(
        "Memahami dan memenuhi kebutuhan masyarakat",
        CoreValue.BERORIENTASI_PELAYANAN.guidingBehaviours().get(0).labelId());
    assertEquals(
        "Tidak menyalahgunakan kewenangan jabatan",
        CoreValue.AKUNTABEL.guidingBehaviours().get(2).labelId());
    assertEquals(
        "Menjaga rahasia jabatan dan negara", CoreValue.LOYAL.guidingBehaviours().get(2).labelId());
    assertEquals("Bertindak proaktif", CoreValue.ADAPTIF.guidingBehaviours().get(2).labelId());
  }
}
