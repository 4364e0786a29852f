package id.kinerja.platform.realisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.indicator.ui.IndicatorResultsPanel;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The employee's realisations of a period: per IKI of the approved plan in force the target, the
 * achieved value and description, evidence (file upload or link) and the appraiser's feedback;
 * above them, read-only, the plugin indicators computed from the region's data feeds.
 */
@Route("realisasi")
@PermitAll
public class MyRealisationsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RealisationService realisations;
  private final transient PeriodService periods;
  private final transient IndicatorResults indicators;
  private RealisationSheet sheet;

  final Select<Integer> year;
  final Select<PeriodView> period;
  final Div rows = new Div();

  /** Builds the view for the caller. */
  @Inject
  public MyRealisationsView(
      RealisationService realisations, PeriodService periods, IndicatorResults indicators) {
    this.realisations = realisations;
    this.periods = periods;
    this.indicators = indicators;
    year = RealisationParts.yearChoice(this);
    period = RealisationParts.periodChoice(this);
    rows.setId("realisation-rows");
    year.addValueChangeListener(e -> RealisationParts.loadPeriods(periods, period, e.getValue()));
    period.addValueChangeListener(e -> load());
    add(new H2(getTranslation("realisation.title")), new HorizontalLayout(year, period), rows);
    RealisationParts.loadPeriods(periods, period, year.getValue());
    load();
  }

  private void load() {
    PeriodView selected = period.getValue();
    sheet = null;
    if (selected != null) {
      try {
        sheet = realisations.mine(selected.id());
      } catch (RuleViolation e) {
        Refusals.show(e.message(getLocale()));
      }
    }
    show();
  }

  private void show() {
    rows.removeAll();
    if (sheet == null) {
      if (period.getValue() == null) {
        rows.add(none("no-periods", "realisation.noPeriods"));
      }
      return;
    }
    rows.add(new IndicatorResultsPanel(indicators, sheet.employeeId(), sheet.period().id()));
    if (sheet.planId() == null) {
      rows.add(none("no-plan", "realisation.noPlan"));
      return;
    }
    for (RealisationSheet.Row row : sheet.rows()) {
      Div box = RealisationParts.row(this, row);
      box.add(form(row));
      RealisationView r = row.realisation();
      if (r != null) {
        box.add(new H4(getTranslation("realisation.evidence")));
        box.add(
            RealisationParts.evidence(
                this,
                realisations,
                r,
                sheet.period().open()
                    ? e -> act(() -> realisations.removeEvidence(e.id()))
                    : null));
        if (sheet.period().open()) {
          box.add(evidenceForm(r));
        }
        box.add(RealisationParts.feedback(this, r));
      }
      rows.add(box);
    }
  }

  private HorizontalLayout form(RealisationSheet.Row row) {
    RealisationView r = row.realisation();
    TextField achieved = new TextField(getTranslation("realisation.achieved"));
    achieved.setId("achieved-" + row.indicatorId());
    TextArea description = new TextArea(getTranslation("realisation.description"));
    description.setId("description-" + row.indicatorId());
    description.setWidth("28em");
    if (r != null) {
      achieved.setValue(r.achieved());
      description.setValue(r.description() == null ? "" : r.description());
    }
    Button save =
        new Button(
            getTranslation("realisation.save"),
            e ->
                act(
                    () ->
                        realisations.record(
                            row.indicatorId(),
                            sheet.period().id(),
                            r == null ? null : r.version(),
                            achieved.getValue(),
                            description.getValue())));
    save.setId("save-" + row.indicatorId());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    boolean open = sheet.period().open();
    achieved.setReadOnly(!open);
    description.setReadOnly(!open);
    save.setVisible(open);
    HorizontalLayout form = new HorizontalLayout(achieved, description, save);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return form;
  }

  private HorizontalLayout evidenceForm(RealisationView r) {
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) ->
                    ui.access(
                        () -> act(() -> realisations.addFile(r.id(), metadata.fileName(), data)))));
    upload.setId("upload-" + r.id());
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, realisations.maxEvidenceBytes()));
    upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx");
    upload.addFileRejectedListener(e -> Refusals.show(getTranslation("realisation.fileRejected")));
    TextField link = new TextField(getTranslation("realisation.link"));
    link.setId("link-" + r.id());
    link.setPlaceholder("https://");
    link.setWidth("24em");
    Button addLink =
        new Button(
            getTranslation("realisation.addLink"),
            e -> act(() -> realisations.addLink(r.id(), link.getValue())));
    addLink.setId("add-link-" + r.id());
    HorizontalLayout form = new HorizontalLayout(upload, link, addLink);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return form;
  }

  private Paragraph none(String id, String key) {
    Paragraph none = new Paragraph(getTranslation(key));
    none.setId(id);
    return none;
  }

  /** Runs a change, then shows the period again (so feedback given meanwhile appears too). */
  private void act(Supplier<RealisationView> change) {
    try {
      change.get();
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
    }
    load();
  }

  /** The sheet shown, for tests. */
  RealisationSheet shown() {
    return sheet;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("realisation.title") + " · Kinerja";
  }
}
