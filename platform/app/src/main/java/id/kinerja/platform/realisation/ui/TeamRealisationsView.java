package id.kinerja.platform.realisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.realisation.service.TeamMember;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The pejabat penilai's view of the direct reports' realisations of a period, with their evidence,
 * and the continuous feedback on each.
 */
@Route("realisasi/tim")
@PermitAll
public class TeamRealisationsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RealisationService realisations;
  private RealisationSheet sheet;

  final ComboBox<TeamMember> member = new ComboBox<>();
  final Select<Integer> year;
  final Select<PeriodView> period;
  final Div rows = new Div();

  /** Builds the view for the caller. */
  @Inject
  public TeamRealisationsView(RealisationService realisations, PeriodService periods) {
    this.realisations = realisations;
    member.setId("team-member");
    member.setLabel(getTranslation("realisation.employee"));
    member.setItemLabelGenerator(m -> m.name() + " — " + m.position());
    member.setWidth("28em");
    year = RealisationParts.yearChoice(this);
    period = RealisationParts.periodChoice(this);
    rows.setId("team-rows");
    member.addValueChangeListener(e -> load());
    year.addValueChangeListener(e -> RealisationParts.loadPeriods(periods, period, e.getValue()));
    period.addValueChangeListener(e -> load());
    add(
        new H2(getTranslation("realisation.teamTitle")),
        new HorizontalLayout(member, year, period),
        rows);
    try {
      member.setItems(realisations.team());
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
    }
    RealisationParts.loadPeriods(periods, period, year.getValue());
    load();
  }

  private void load() {
    sheet = null;
    if (member.getValue() != null && period.getValue() != null) {
      try {
        sheet =
            realisations.forEmployeePeriod(member.getValue().employeeId(), period.getValue().id());
      } catch (RuleViolation e) {
        Refusals.show(e.message(getLocale()));
      }
    }
    show();
  }

  private void show() {
    rows.removeAll();
    if (sheet == null) {
      return;
    }
    if (sheet.planId() == null) {
      Paragraph none = new Paragraph(getTranslation("realisation.noPlanOfEmployee"));
      none.setId("no-plan");
      rows.add(none);
      return;
    }
    for (RealisationSheet.Row row : sheet.rows()) {
      Div box = RealisationParts.row(this, row);
      RealisationView r = row.realisation();
      if (r == null) {
        Paragraph missing = new Paragraph(getTranslation("realisation.notRecorded"));
        missing.setId("not-recorded-" + row.indicatorId());
        box.add(missing);
      } else {
        Paragraph achieved =
            new Paragraph(
                getTranslation("realisation.achieved")
                    + ": "
                    + r.achieved()
                    + (r.description() == null ? "" : " — " + r.description()));
        achieved.setId("achieved-" + row.indicatorId());
        box.add(achieved, new H4(getTranslation("realisation.evidence")));
        box.add(RealisationParts.evidence(this, realisations, r, null));
        box.add(RealisationParts.feedback(this, r));
        if (sheet.period().open()) {
          box.add(feedbackForm(r));
        }
      }
      rows.add(box);
    }
  }

  private HorizontalLayout feedbackForm(RealisationView r) {
    TextArea text = new TextArea(getTranslation("realisation.feedbackText"));
    text.setId("feedback-text-" + r.id());
    text.setWidth("28em");
    Button give =
        new Button(
            getTranslation("realisation.giveFeedback"),
            e -> {
              try {
                realisations.giveFeedback(r.id(), text.getValue());
              } catch (RuleViolation x) {
                Refusals.show(x.message(getLocale()));
              }
              load();
            });
    give.setId("give-feedback-" + r.id());
    give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(text, give);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return form;
  }

  /** The sheet shown, for tests. */
  RealisationSheet shown() {
    return sheet;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("realisation.teamTitle") + " · Kinerja";
  }
}
