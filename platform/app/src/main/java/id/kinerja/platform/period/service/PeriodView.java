package id.kinerja.platform.period.service;

import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period as views and the API show it.
 *
 * @param id the period's id
 * @param year the performance year
 * @param kind year, quarter or month
 * @param number 0 for the year, the quarter or the month otherwise
 * @param startsOn the first day
 * @param endsOn the last day
 * @param deadline when its realisations and ratings are due
 * @param state open or locked
 * @param version the version to send back with a change
 */
public record PeriodView(
    long id,
    int year,
    PeriodKind kind,
    int number,
    LocalDate startsOn,
    LocalDate endsOn,
    Instant deadline,
    PeriodState state,
    long version) {

  static PeriodView of(EvaluationPeriod period) {
    return new PeriodView(
        period.getId(),
        period.getYear(),
        period.getKind(),
        period.getNumber(),
        period.getStartsOn(),
        period.getEndsOn(),
        period.getDeadline(),
        period.getState(),
        period.getVersion());
  }
}
