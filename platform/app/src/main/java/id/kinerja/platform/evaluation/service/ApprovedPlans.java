package id.kinerja.platform.evaluation.service;

import java.util.Optional;
import java.util.Set;

/**
 * The approved SKPs in force, which a rating rests on. The planning feature provides it: evaluation
 * may not depend on planning, because planning notifies through the notification feature, which
 * observes the evaluation's events.
 */
public interface ApprovedPlans {

  /** The id of the employee's approved SKP in force for the year, if any. */
  Optional<Long> inForce(long employeeId, int year);

  /** The ids of the employees with an approved SKP in force for the year. */
  Set<Long> employeesWithPlanInForce(int year);
}
