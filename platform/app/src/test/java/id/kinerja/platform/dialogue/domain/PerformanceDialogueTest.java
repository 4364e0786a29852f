package id.kinerja.platform.dialogue.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.Staff;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who records, sees and changes a performance dialogue: the rules on the dialogue. */
class PerformanceDialogueTest {

  private static final LocalDate MEETING = LocalDate.of(2031, 4, 7);
  private static final OffsetDateTime AT = OffsetDateTime.parse("2031-04-08T02:00:00Z");

  private final OrgUnit unit = new OrgUnit("kec", "Kecamatan", null);
  private final Employee camat = employee("198311282006122004", null);
  private final Employee penilai = employee("198210112004122079", camat);
  private final Employee pegawai = employee("199503312018021112", penilai);
  private final Employee peer = employee("199611162023042003", penilai);

  @Test
  void onlyTheDirectSupervisorMayRecordADialogue() {
    assertDoesNotThrow(() -> PerformanceDialogue.requireRecordedBy(pegawai, penilai));
    for (Employee other : List.of(pegawai, peer, camat)) {
      assertForbidden(() -> PerformanceDialogue.requireRecordedBy(pegawai, other));
    }
  }

  @Test
  void nobodyRecordsADialogueForTheHeadOfTheTree() {
    assertForbidden(() -> PerformanceDialogue.requireRecordedBy(camat, penilai));
    assertForbidden(() -> PerformanceDialogue.requireRecordedBy(camat, camat));
  }

  @Test
  void onlyTheEmployeeAndTheirAppraiserMaySeeOrChangeADialogue() {
    PerformanceDialogue dialogue = new PerformanceDialogue(pegawai, null, MEETING);
    assertDoesNotThrow(() -> dialogue.requireParticipant(pegawai));
    assertDoesNotThrow(() -> dialogue.requireParticipant(penilai));
    assertForbidden(() -> dialogue.requireParticipant(peer));
    assertForbidden(() -> dialogue.requireParticipant(camat));
  }

  @Test
  void aStrangerIsForbiddenWhateverTheDialoguesState() {
    PerformanceDialogue dialogue = new PerformanceDialogue(pegawai, null, MEETING);
    dialogue.edit(MEETING, "Capaian", null, List.of());
    dialogue.confirm(pegawai, AT);
    dialogue.confirm(penilai, AT);
    assertTrue(dialogue.isConfirmed());
    assertForbidden(() -> dialogue.requireParticipant(peer));
  }

  @Test
  void eachSideConfirmsForItself() {
    PerformanceDialogue dialogue = new PerformanceDialogue(pegawai, null, MEETING);
    dialogue.confirm(pegawai, AT);
    assertTrue(dialogue.hasConfirmed(pegawai));
    assertEquals(false, dialogue.hasConfirmed(penilai));
    assertThrows(IllegalArgumentException.class, () -> dialogue.confirm(peer, AT));
  }

  private static void assertForbidden(Runnable check) {
    RuleViolation refusal = assertThrows(RuleViolation.class, check::run);
    assertEquals(RuleViolation.Kind.FORBIDDEN, refusal.kind());
  }

  private Employee employee(String nip, Employee supervisor) {
    return Staff.employee(nip, supervisor, unit);
  }
}
