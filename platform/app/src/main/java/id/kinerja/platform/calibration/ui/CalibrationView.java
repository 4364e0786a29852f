package id.kinerja.platform.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.calibration.service.CalibrationService;
import id.kinerja.platform.calibration.service.OutlierView;
import id.kinerja.platform.calibration.service.UnitCalibration;
import id.kinerja.platform.evaluation.domain.CurveBreach;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.BarChart;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Kalibrasi: for a period, each unit the caller may calibrate with its result, its predikat against
 * the curve, the breaches and their written justification; for the admin also the appraisers
 * flagged as far from the region's norm.
 */
@Route("kalibrasi")
@PermitAll
public class CalibrationView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CalibrationService calibration;
  private final Actor actor;

  final PeriodPicker picker;
  final Div units = new Div();
  final Div outliers = new Div();

  /** Builds the view for the caller. */
  @Inject
  public CalibrationView(CalibrationService calibration, PeriodService periods, Actor actor) {
    this.calibration = calibration;
    this.actor = actor;
    picker = new PeriodPicker(periods, "calibration", p -> show());
    units.setId("calibration-units");
    units.setWidthFull();
    outliers.setId("calibration-outliers");
    outliers.setWidthFull();
    add(
        new H2(getTranslation("calibration.title")),
        new Paragraph(getTranslation("calibration.intro")),
        picker,
        units,
        outliers);
    picker.load();
  }

  private void show() {
    units.removeAll();
    outliers.removeAll();
    PeriodView period = picker.value();
    if (period == null) {
      return;
    }
    try {
      List<UnitCalibration> list = calibration.units(period.id());
      if (list.isEmpty()) {
        Paragraph none = new Paragraph(getTranslation("calibration.none"));
        none.setId("calibration-empty");
        units.add(none);
      }
      if (actor.isAdmin() && !list.isEmpty()) {
        Anchor csv =
            new Anchor(
                "/dokumen/hasil/" + period.id() + ".csv", getTranslation("document.regionCsv"));
        csv.setId("region-csv");
        csv.setRouterIgnore(true);
        units.add(csv, chart(list));
      }
      list.forEach(u -> units.add(unit(period, u)));
      if (actor.isAdmin()) {
        showOutliers(calibration.outliers(period.id()));
      }
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
  }

  private BarChart chart(List<UnitCalibration> list) {
    List<Predicate> order = Arrays.asList(Predicate.values());
    BarChart chart =
        new BarChart(
            getTranslation("calibration.distribution"),
            list.stream().map(UnitCalibration::unitName).toList(),
            order.stream()
                .map(
                    p ->
                        new BarChart.Series(
                            label(p),
                            list.stream().map(u -> u.counts().getOrDefault(p, 0)).toList()))
                .toList(),
            true,
            true);
    chart.setId("distribution-chart");
    return chart;
  }

  private Component unit(PeriodView period, UnitCalibration u) {
    Div box = new Div();
    box.setId("unit-" + u.unitId());
    box.getStyle().set("margin-bottom", "var(--lumo-space-l)");
    H4 title = new H4(u.unitName());
    Span state =
        new Span(getTranslation(u.breaches().isEmpty() ? "calibration.ok" : "calibration.broken"));
    state.getElement().getThemeList().add("badge");
    state.getElement().getThemeList().add(u.breaches().isEmpty() ? "success" : "error");
    state.setId("unit-state-" + u.unitId());
    // Served by the document feature's download servlet, which decides who may download it.
    Anchor csv =
        new Anchor(
            "/dokumen/hasil/" + period.id() + "/" + u.unitId() + ".csv",
            getTranslation("document.resultsCsv"));
    csv.setId("unit-csv-" + u.unitId());
    csv.setRouterIgnore(true);
    box.add(title, state, new Span(" "), csv);
    box.add(
        new Paragraph(
            getTranslation(
                "calibration.head",
                u.headName() == null ? "—" : u.headName(),
                u.result() == null
                    ? getTranslation("calibration.noResult")
                    : english() ? u.result().labelEn() : u.result().labelId(),
                u.rated())));
    StringBuilder counts = new StringBuilder();
    for (Predicate p : Predicate.values()) {
      if (counts.length() > 0) {
        counts.append(" · ");
      }
      counts.append(label(p)).append(": ").append(u.counts().getOrDefault(p, 0));
    }
    Paragraph countLine = new Paragraph(counts.toString());
    countLine.setId("unit-counts-" + u.unitId());
    box.add(countLine);
    if (!u.breaches().isEmpty()) {
      UnorderedList breaches = new UnorderedList();
      breaches.setId("unit-breaches-" + u.unitId());
      for (CurveBreach b : u.breaches()) {
        breaches.add(new ListItem(english() ? b.messageEn() : b.messageId()));
      }
      box.add(breaches);
      box.add(justification(period, u));
    }
    return box;
  }

  private Component justification(PeriodView period, UnitCalibration u) {
    TextArea text = new TextArea(getTranslation("calibration.justification"));
    text.setId("justification-" + u.unitId());
    text.setWidth("40em");
    text.setHelperText(getTranslation("calibration.justificationHelp"));
    Div shown = new Div();
    if (u.justification() != null) {
      text.setValue(u.justification().text());
      shown.setText(getTranslation("calibration.justifiedBy", u.justification().authorName()));
    } else {
      shown.setText(getTranslation("calibration.blocksLock"));
      shown.getStyle().set("color", "var(--lumo-error-text-color)");
    }
    shown.setId("justification-state-" + u.unitId());
    Button save =
        new Button(
            getTranslation("calibration.save"),
            e ->
                Refusals.attempt(
                        () ->
                            calibration.justify(
                                period.id(),
                                u.unitId(),
                                u.justification() == null ? null : u.justification().version(),
                                text.getValue()))
                    .ifPresent(saved -> show()));
    save.setId("save-justification-" + u.unitId());
    return new VerticalLayout(shown, text, save);
  }

  private void showOutliers(List<OutlierView> list) {
    outliers.add(new H3(getTranslation("calibration.outliers")));
    if (list.isEmpty()) {
      outliers.add(new Paragraph(getTranslation("calibration.noOutliers")));
      return;
    }
    Grid<OutlierView> grid = new Grid<>();
    grid.setId("outlier-grid");
    grid.addColumn(OutlierView::name).setHeader(getTranslation("calibration.appraiser"));
    grid.addColumn(OutlierView::nip).setHeader("NIP");
    grid.addColumn(OutlierView::ratings).setHeader(getTranslation("calibration.ratings"));
    grid.addColumn(o -> String.format(Locale.ROOT, "%.2f", o.meanScore()))
        .setHeader(getTranslation("calibration.mean"));
    grid.addColumn(o -> String.format(Locale.ROOT, "%.2f", o.normScore()))
        .setHeader(getTranslation("calibration.norm"));
    grid.addColumn(o -> getTranslation(o.z() > 0 ? "calibration.lenient" : "calibration.strict"))
        .setHeader(getTranslation("calibration.direction"));
    grid.setItems(list);
    grid.setAllRowsVisible(true);
    outliers.add(grid);
  }

  private boolean english() {
    return "en".equals(getLocale().getLanguage());
  }

  private String label(Predicate p) {
    return english() ? p.labelEn() : p.labelId();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("calibration.title") + " · Kinerja";
  }
}
