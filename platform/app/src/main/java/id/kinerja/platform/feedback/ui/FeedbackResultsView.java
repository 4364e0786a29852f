package id.kinerja.platform.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The employee's own 360 results of the chosen period, as soon as a group reaches the anonymity
 * threshold: scores per core value, counts per group, comments without names.
 */
@Route("umpan-balik/hasil")
@PermitAll
public class FeedbackResultsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient FeedbackService feedback;

  final PeriodPicker picker;
  final Div results = new Div();

  /** Builds the view for the caller. */
  @Inject
  public FeedbackResultsView(FeedbackService feedback, PeriodService periods) {
    this.feedback = feedback;
    picker = new PeriodPicker(periods, "feedback-results", p -> refresh());
    add(
        new H2(getTranslation("feedback.resultsTitle")),
        new Paragraph(getTranslation("feedback.resultsHelp")),
        picker,
        results);
    picker.load();
  }

  private void refresh() {
    results.removeAll();
    if (picker.value() == null) {
      return;
    }
    try {
      results.add(
          FeedbackParts.results(this, "my-feedback", feedback.myResults(picker.value().id())));
    } catch (RuleViolation e) {
      results.add(new Paragraph(e.message(getLocale())));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("feedback.resultsTitle") + " · Kinerja";
  }
}
