package id.kinerja.platform.feedback.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may give 360 feedback about whom, from the reporting lines: the respondent is the subject's
 * SUPERVISOR if the subject's supervisor is the respondent, one of the subject's SUBORDINATES if
 * the respondent's supervisor is the subject, one of the subject's PEERS if both have the same
 * direct supervisor. Nobody answers about themselves.
 */
public final class Colleagues {

  private Colleagues() {}

  /**
   * The respondent's group towards the subject, or empty if the respondent may not answer.
   *
   * @param respondentId the respondent's employee id
   * @param respondentSupervisorId the respondent's supervisor's id, or {@code null} at the top
   * @param subjectId the subject's employee id
   * @param subjectSupervisorId the subject's supervisor's id, or {@code null} at the top
   */
  public static Optional<Relation> groupOf(
      long respondentId, Long respondentSupervisorId, long subjectId, Long subjectSupervisorId) {
    if (respondentId == subjectId) {
      return Optional.empty();
    }
    if (Objects.equals(subjectSupervisorId, respondentId)) {
      return Optional.of(Relation.SUPERVISOR);
    }
    if (Objects.equals(respondentSupervisorId, subjectId)) {
      return Optional.of(Relation.SUBORDINATES);
    }
    if (respondentSupervisorId != null && respondentSupervisorId.equals(subjectSupervisorId)) {
      return Optional.of(Relation.PEERS);
    }
    return Optional.empty();
  }

  /** The respondent's group towards the subject, or empty if the respondent may not answer. */
  public static Optional<Relation> groupOf(Employee respondent, Employee subject) {
    return groupOf(
        respondent.getId(), supervisorId(respondent), subject.getId(), supervisorId(subject));
  }

  /**
   * The rule that only a colleague gives feedback about someone: the respondent's group towards the
   * subject.
   *
   * @throws RuleViolation FORBIDDEN if the respondent is not the subject's supervisor, subordinate
   *     or peer
   */
  public static Relation requireColleague(Employee respondent, Employee subject) {
    return groupOf(respondent, subject)
        .orElseThrow(
            () ->
                new RuleViolation(
                    RuleViolation.Kind.FORBIDDEN,
                    subject.getName()
                        + " bukan atasan, bawahan, atau rekan kerja Anda; Anda tidak dapat memberi"
                        + " umpan balik 360 tentangnya.",
                    subject.getName()
                        + " is not your supervisor, subordinate or peer; you cannot give 360"
                        + " feedback about them."));
  }

  private static Long supervisorId(Employee employee) {
    return employee.getSupervisor() == null ? null : employee.getSupervisor().getId();
  }
}
