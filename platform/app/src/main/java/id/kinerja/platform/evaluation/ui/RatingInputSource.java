package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.Component;

/**
 * What the pejabat penilai should see beside the rating form: other features contribute their
 * inputs (realisations with evidence and feedback; later plugin indicators and 360 results) as CDI
 * beans, without the evaluation feature depending on them.
 */
public interface RatingInputSource {

  /**
   * The inputs for rating an employee in a period, as the appraiser may see them.
   *
   * @param appraiserNip the caller
   * @param admin whether the caller is the region's admin
   * @param employeeId the employee to rate
   * @param periodId the period
   */
  Component inputs(String appraiserNip, boolean admin, long employeeId, long periodId);
}
