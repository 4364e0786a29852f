package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.FunctionalLevel;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import java.math.BigDecimal;
import java.util.List;

/**
 * An employee's yearly evaluation from their published periodic ratings, with credit points for a
 * functional position.
 *
 * @param employeeNip the employee
 * @param employeeName their name
 * @param year the performance year
 * @param resultRating the yearly rating hasil kerja; null without a published rating
 * @param behaviourRating the yearly rating perilaku kerja; null without a published rating
 * @param predicate the yearly predikat; null without a published rating
 * @param functionalLevel the jenjang of a functional position, null for other positions or when the
 *     position's name states none
 * @param yearlyCreditPoints the credit points of the yearly predikat; null without jenjang or
 *     rating
 * @param periods the published periodic ratings the year follows from, in calendar order
 */
public record AnnualView(
    String employeeNip,
    String employeeName,
    int year,
    Rating resultRating,
    Rating behaviourRating,
    Predicate predicate,
    FunctionalLevel functionalLevel,
    BigDecimal yearlyCreditPoints,
    List<PeriodCredit> periods) {

  /**
   * One periodic rating in the year and its credit points.
   *
   * @param ratingId the rating
   * @param periodNumber the month or quarter
   * @param months the months the period covers
   * @param predicate the period's predikat
   * @param underObjection whether an objection to it awaits its decision
   * @param creditPoints the period's credit points (× months/12); null without jenjang
   */
  public record PeriodCredit(
      long ratingId,
      int periodNumber,
      int months,
      Predicate predicate,
      boolean underObjection,
      BigDecimal creditPoints) {}
}
