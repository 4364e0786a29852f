package id.kinerja.platform.organization.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who appraises whom, and who reads whose records: the reporting-line rules on the employee. */
class EmployeeTest {

  private final OrgUnit unit = new OrgUnit("setda", "Sekretariat Daerah", null);
  private final Employee head = employee("196804301994021009", null);
  private final Employee supervisor = employee("198312192006012011", head);
  private final Employee employee = employee("199011222019122120", supervisor);
  private final Employee peer = employee("199803042022011005", supervisor);

  @Test
  void theDirectSupervisorIsThePejabatPenilai() {
    assertTrue(employee.isAppraisedBy(supervisor, false));
    assertFalse(employee.isAppraisedBy(head, false));
    assertFalse(employee.isAppraisedBy(peer, false));
    assertFalse(employee.isAppraisedBy(employee, false));
  }

  @Test
  void theAdminRoleDoesNotAppraiseSomeoneWhoHasASupervisor() {
    assertFalse(employee.isAppraisedBy(peer, true));
  }

  @Test
  void theHeadOfTheTreeIsAppraisedByTheAdminButNeverByThemselves() {
    assertTrue(head.isAppraisedBy(supervisor, true));
    assertFalse(head.isAppraisedBy(supervisor, false));
    assertFalse(head.isAppraisedBy(head, true));
  }

  @Test
  void theAtasanPejabatPenilaiIsTheSupervisorsSupervisor() {
    assertEquals(Optional.of(head), employee.appraisersSupervisor());
    assertEquals(Optional.empty(), supervisor.appraisersSupervisor());
    assertEquals(Optional.empty(), head.appraisersSupervisor());
  }

  @Test
  void recordsAreReadByTheEmployeeTheAppraiserAndTheAppraisersSupervisorOnly() {
    assertTrue(employee.isReadableBy(employee));
    assertTrue(employee.isReadableBy(supervisor));
    assertTrue(employee.isReadableBy(head));
    assertFalse(employee.isReadableBy(peer));
    assertFalse(supervisor.isReadableBy(employee));
  }

  @Test
  void anEmployeeCannotBeTheirOwnAppraiser() {
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> employee.checkAppraiser(employee));
    assertEquals(RuleViolation.Kind.INVALID, refused.kind());
  }

  @Test
  void anEmployeeCannotBeAppraisedBySomeoneInTheirOwnTeam() {
    RuleViolation direct =
        assertThrows(RuleViolation.class, () -> supervisor.checkAppraiser(employee));
    assertEquals(RuleViolation.Kind.INVALID, direct.kind());
    RuleViolation indirect = assertThrows(RuleViolation.class, () -> head.checkAppraiser(employee));
    assertEquals(RuleViolation.Kind.INVALID, indirect.kind());
  }

  @Test
  void anyoneOutsideTheEmployeesTeamMayAppraiseThem() {
    assertDoesNotThrow(() -> employee.checkAppraiser(peer));
    assertDoesNotThrow(() -> employee.checkAppraiser(head));
    assertDoesNotThrow(() -> employee.checkAppraiser(null));
  }

  private Employee employee(String nip, Employee supervisor) {
    return Staff.employee(nip, supervisor, unit);
  }
}
