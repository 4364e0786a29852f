package id.kinerja.platform.dashboard.service;

/**
 * How far a unit's employees are with their SKP of a year.
 *
 * @param unitId the unit
 * @param unitName the unit's name
 * @param employees the unit's employees
 * @param approved employees with an approved SKP
 * @param submitted employees whose SKP waits for approval
 * @param drafting employees with a draft or returned SKP
 */
public record UnitProgress(
    long unitId, String unitName, int employees, int approved, int submitted, int drafting) {

  /** Employees who have not started an SKP. */
  public int notStarted() {
    return employees - approved - submitted - drafting;
  }

  /** The approved share in whole percent, rounded down. */
  public int approvedPercent() {
    return employees == 0 ? 0 : approved * 100 / employees;
  }
}
