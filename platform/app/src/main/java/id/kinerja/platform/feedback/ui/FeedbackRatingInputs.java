package id.kinerja.platform.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import id.kinerja.platform.evaluation.ui.RatingInputSource;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The rating form's 360 input: per feedback source the core value scores of the groups above the
 * anonymity threshold, the respondent count of each group (withheld groups marked) and failed
 * plugins, so that the rating perilaku kerja is informed but not decided by feedback.
 */
@Dependent
public class FeedbackRatingInputs implements RatingInputSource {

  private final FeedbackService feedback;

  /** Reads the results through the service, with its access rules. */
  @Inject
  public FeedbackRatingInputs(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public Component inputs(long employeeId, long periodId) {
    Div box = new Div();
    box.setId("feedback-inputs");
    box.add(new H4(box.getTranslation("feedback.inputsTitle")));
    try {
      box.add(
          FeedbackParts.results(
              box, "feedback-inputs-" + employeeId, feedback.results(employeeId, periodId)));
    } catch (RuleViolation e) {
      box.add(new Paragraph(e.message(UI.getCurrent().getLocale())));
    }
    return box;
  }
}
