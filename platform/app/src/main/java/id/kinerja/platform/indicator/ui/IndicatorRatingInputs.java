package id.kinerja.platform.indicator.ui;

import com.vaadin.flow.component.Component;
import id.kinerja.platform.evaluation.ui.RatingInputSource;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.security.service.Actor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A rating input: the realisations the region's indicator plugins computed for the employee from
 * the data feeds, and the plugins that failed, so that the rating hasil kerja rests on them too.
 */
@Dependent
public class IndicatorRatingInputs implements RatingInputSource {

  private final IndicatorResults results;
  private final Actor actor;

  /** Reads the results through the service, with its access rules. */
  @Inject
  public IndicatorRatingInputs(IndicatorResults results, Actor actor) {
    this.results = results;
    this.actor = actor;
  }

  @Override
  public Component inputs(long employeeId, long periodId) {
    return new IndicatorResultsPanel(results, actor.nip(), actor.isAdmin(), employeeId, periodId);
  }
}
