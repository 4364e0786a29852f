package id.kinerja.platform.calibration.domain;

import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;

/**
 * An employee of the region as the calibration of a period sees them.
 *
 * @param employeeId the employee
 * @param unitId their unit
 * @param supervisorId their pejabat penilai, {@code null} at the top of the region
 * @param resultRating their rating hasil kerja of the period, {@code null} if not rated
 * @param predicate their predikat of the period, {@code null} if not rated
 */
public record RatedEmployee(
    long employeeId, long unitId, Long supervisorId, Rating resultRating, Predicate predicate) {

  /** Whether the period's rating exists. */
  public boolean rated() {
    return predicate != null;
  }
}
