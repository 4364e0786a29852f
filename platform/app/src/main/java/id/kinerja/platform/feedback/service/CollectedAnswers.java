package id.kinerja.platform.feedback.service;

import id.kinerja.plugin.api.FeedbackAnswer;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers about an employee that another feature collected for a feedback source, for example the
 * citizens' public page. The 360 results combine them with the answers collected in the platform's
 * own 360 pages, apply the anonymity threshold per respondent group, and aggregate them through the
 * source's plugin. Implementations are CDI beans.
 */
public interface CollectedAnswers {

  /**
   * The anonymous responses about one employee received in a date range for one feedback source.
   *
   * @param sourceId the {@link id.kinerja.plugin.api.FeedbackSourceFactory#id() id} of the source's
   *     factory
   * @param employeeId the employee the answers are about
   * @param start the first day, inclusive
   * @param end the last day, inclusive
   * @return one list of answers per respondent; empty if this bean collects none for that source
   */
  List<List<FeedbackAnswer>> responses(
      String sourceId, long employeeId, LocalDate start, LocalDate end);
}
