package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.Component;

/**
 * What the pejabat penilai should see beside the rating form: other features contribute their
 * inputs (realisations with evidence and feedback; later plugin indicators and 360 results) as CDI
 * beans, without the evaluation feature depending on them.
 */
public interface RatingInputSource {

  /**
   * The inputs for rating an employee in a period, as the acting appraiser may see them (the source
   * injects {@code Actor} if it needs to know who that is).
   *
   * @param employeeId the employee to rate
   * @param periodId the period
   */
  Component inputs(long employeeId, long periodId);
}
