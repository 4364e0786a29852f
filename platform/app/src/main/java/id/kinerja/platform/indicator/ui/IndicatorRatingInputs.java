package id.kinerja.platform.indicator.ui;

import com.vaadin.flow.component.Component;
import id.kinerja.platform.evaluation.ui.RatingInputSource;
import id.kinerja.platform.indicator.service.IndicatorResults;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A rating input: the realisations the region's indicator plugins computed for the employee from
 * the data feeds, and the plugins that failed, so that the rating hasil kerja rests on them too.
 */
@Dependent
public class IndicatorRatingInputs implements RatingInputSource {

  private final IndicatorResults results;

  /** Reads the results through the service, with its access rules. */
  @Inject
  public IndicatorRatingInputs(IndicatorResults results) {
    this.results = results;
  }

  @Override
  public Component inputs(long employeeId, long periodId) {
    return new IndicatorResultsPanel(results, employeeId, periodId);
  }
}
