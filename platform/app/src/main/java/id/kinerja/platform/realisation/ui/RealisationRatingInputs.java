package id.kinerja.platform.realisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.kinerja.platform.evaluation.ui.RatingInputSource;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The rating form's first input: each IKI of the period with its target and realisation, and how
 * much evidence and feedback stands behind it, so that the rating hasil kerja rests on evidence.
 */
@Dependent
public class RealisationRatingInputs implements RatingInputSource {

  private final RealisationService realisations;

  /** Reads the realisations through the service, with its access rules. */
  @Inject
  public RealisationRatingInputs(RealisationService realisations) {
    this.realisations = realisations;
  }

  @Override
  public Component inputs(long employeeId, long periodId) {
    Div box = new Div();
    box.setId("rating-realisations-" + employeeId);
    box.add(new H4(box.getTranslation("rating.realisations")));
    RealisationSheet sheet;
    try {
      sheet = realisations.forEmployeePeriod(employeeId, periodId);
    } catch (RuleViolation e) {
      box.add(new Paragraph(e.message(com.vaadin.flow.component.UI.getCurrent().getLocale())));
      return box;
    }
    UnorderedList rows = new UnorderedList();
    for (RealisationSheet.Row row : sheet.rows()) {
      RealisationSheet.RealisationView r = row.realisation();
      rows.add(
          new ListItem(
              box.getTranslation(
                  "rating.realisationRow",
                  row.indicatorText(),
                  row.target() == null ? "—" : row.target(),
                  r == null ? box.getTranslation("rating.noRealisation") : r.achieved(),
                  r == null ? 0 : r.evidence().size(),
                  r == null ? 0 : r.feedback().size())));
    }
    if (sheet.rows().isEmpty()) {
      rows.add(new ListItem(box.getTranslation("rating.noRealisation")));
    }
    box.add(rows);
    return box;
  }
}
