package id.kinerja.platform.survey.service;

import id.kinerja.plugin.api.FeedbackQuestion;
import java.util.List;

/**
 * What the public page of a unit asks.
 *
 * @param unitCode the unit's code, in the page's address
 * @param unitName the unit's name
 * @param sources the region's enabled feedback sources that ask the public, with their questions
 * @param employees the unit's employees the citizen may name as the one who served; empty when no
 *     source asks
 * @param token the signed form token to send back
 */
public record SurveyForm(
    String unitCode,
    String unitName,
    List<Source> sources,
    List<ServingEmployee> employees,
    String token) {

  /** Copies the lists. */
  public SurveyForm {
    sources = List.copyOf(sources);
    employees = List.copyOf(employees);
  }

  /** A source's questions put to the public. */
  public record Source(String sourceId, List<FeedbackQuestion> questions) {

    /** Copies the list. */
    public Source {
      questions = List.copyOf(questions);
    }
  }

  /** An employee as the public page shows them: name and position only. */
  public record ServingEmployee(long id, String name, String position) {}

  /** The name of the form field carrying the answer to a source's question. */
  public static String field(String sourceId, String questionId) {
    return sourceId + ":" + questionId;
  }
}
