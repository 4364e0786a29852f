package id.kinerja.platform.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.Nip;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackRulesTest {

  // 1 heads the unit; 2, 3 and 4 report to 1; 5 reports to 2; 9 reports to nobody.

  @Test
  void theRespondentIsTheSupervisorOfWhomTheyAppraise() {
    assertEquals(Optional.of(Relation.SUPERVISOR), Colleagues.groupOf(1, null, 2, 1L));
  }

  @Test
  void theRespondentIsASubordinateOfTheirOwnSupervisor() {
    assertEquals(Optional.of(Relation.SUBORDINATES), Colleagues.groupOf(2, 1L, 1, null));
  }

  @Test
  void peersHaveTheSameDirectSupervisor() {
    assertEquals(Optional.of(Relation.PEERS), Colleagues.groupOf(3, 1L, 4, 1L));
  }

  @Test
  void nobodyAnswersAboutThemselvesOrAboutSomeoneOutsideTheirLines() {
    assertEquals(Optional.empty(), Colleagues.groupOf(3, 1L, 3, 1L));
    // two employees without a supervisor are not peers
    assertEquals(Optional.empty(), Colleagues.groupOf(1, null, 9, null));
    // the supervisor's supervisor, a peer's subordinate: neither
    assertEquals(Optional.empty(), Colleagues.groupOf(1, null, 5, 2L));
    assertEquals(Optional.empty(), Colleagues.groupOf(5, 2L, 3, 1L));
  }

  @Test
  void aGroupIsShownFromTheSourcesThresholdButNeverBelowThree() {
    assertFalse(AnonymityThreshold.shown(2, 3));
    assertTrue(AnonymityThreshold.shown(3, 3));
    assertFalse(AnonymityThreshold.shown(2, 1));
    assertTrue(AnonymityThreshold.shown(3, 0));
    assertFalse(AnonymityThreshold.shown(3, 4));
    assertTrue(AnonymityThreshold.shown(4, 4));
    assertEquals(3, AnonymityThreshold.effective(2));
    assertEquals(5, AnonymityThreshold.effective(5));
  }

  @Test
  void onlyAColleagueMayGiveFeedbackAboutSomeone() {
    Employee head = employee(1, null);
    Employee teacher = employee(2, head);
    Employee peer = employee(3, head);
    Employee stranger = employee(9, null);
    assertEquals(Relation.PEERS, Colleagues.requireColleague(peer, teacher));
    assertEquals(Relation.SUPERVISOR, Colleagues.requireColleague(head, teacher));
    for (Employee other : List.of(stranger, teacher)) {
      RuleViolation refusal =
          assertThrows(RuleViolation.class, () -> Colleagues.requireColleague(other, teacher));
      assertEquals(RuleViolation.Kind.FORBIDDEN, refusal.kind());
    }
  }

  /** An employee with a database id, as the reporting lines know them. */
  private static Employee employee(long id, Employee supervisor) {
    Employee e =
        new Employee(
            new Nip(String.format("1990010120150310%02d", id)),
            "E" + id,
            "Guru",
            PositionKind.FUNGSIONAL,
            EmploymentType.PNS,
            null,
            new OrgUnit("smp", "SMP", null)) {
          @Override
          public Long getId() {
            return id;
          }
        };
    e.setSupervisor(supervisor);
    return e;
  }
}
