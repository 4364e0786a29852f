package id.kinerja.platform.survey.service;

import java.util.Map;

/**
 * A filled-in public form as sent.
 *
 * @param token the form token sent back
 * @param honeypot the field hidden from people; a robot fills it in
 * @param employeeId the employee the citizen chose, or {@code null}
 * @param values the answers by {@link SurveyForm#field field name}
 * @param clientAddress the client's address (see {@link SurveySettings#clientAddress}); never
 *     stored
 */
public record Submission(
    String token,
    String honeypot,
    Long employeeId,
    Map<String, String> values,
    String clientAddress) {

  /** Copies the values. */
  public Submission {
    values = Map.copyOf(values);
  }
}
