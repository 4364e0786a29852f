package id.kinerja.platform.feedback.domain;

import id.kinerja.plugin.api.RespondentGroup;
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
  public static Optional<RespondentGroup> groupOf(
      long respondentId, Long respondentSupervisorId, long subjectId, Long subjectSupervisorId) {
    if (respondentId == subjectId) {
      return Optional.empty();
    }
    if (Objects.equals(subjectSupervisorId, respondentId)) {
      return Optional.of(RespondentGroup.SUPERVISOR);
    }
    if (Objects.equals(respondentSupervisorId, subjectId)) {
      return Optional.of(RespondentGroup.SUBORDINATES);
    }
    if (respondentSupervisorId != null && respondentSupervisorId.equals(subjectSupervisorId)) {
      return Optional.of(RespondentGroup.PEERS);
    }
    return Optional.empty();
  }
}
