package id.kinerja.platform.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.calibration.domain.AppraiserOutlier;
import id.kinerja.platform.dashboard.service.DashboardService;
import id.kinerja.platform.dashboard.service.MemberProgress;
import id.kinerja.platform.dashboard.service.UnitPredicates;
import id.kinerja.platform.dashboard.service.UnitProgress;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shell.ui.BarChart;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard: for every employee, their own predikat of the year; for the pengelola kinerja, SKP
 * completion per unit (the predikat distribution per unit is on the calibration page); for a
 * pejabat penilai, the team's progress. Every chart has its figures in a grid beside it.
 */
@Route("dasbor")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient DashboardService dashboards;
  private final transient RatingService ratings;
  private final Actor actor;

  final Select<Integer> year = new Select<>();
  final Div admins = new Div();
  final Div team = new Div();
  final Div history = new Div();

  /** Builds the dashboard for the caller's roles. */
  @Inject
  public DashboardView(DashboardService dashboards, RatingService ratings, Actor actor) {
    this.dashboards = dashboards;
    this.ratings = ratings;
    this.actor = actor;
    int current = Year.now().getValue();
    year.setId("dashboard-year");
    year.setLabel(getTranslation("dashboard.year"));
    year.setItems(current - 2, current - 1, current, current + 1);
    year.setValue(current);
    year.addValueChangeListener(e -> show());
    admins.setId("dashboard-admin");
    admins.setWidthFull();
    team.setId("dashboard-team");
    team.setWidthFull();
    history.setId("dashboard-history");
    history.setWidthFull();
    add(new H2(getTranslation("dashboard.title")), year, history, admins, team);
    show();
  }

  private void show() {
    Integer chosen = year.getValue();
    admins.removeAll();
    team.removeAll();
    history.removeAll();
    if (chosen == null) {
      return;
    }
    List<RatingView> mine = ratings.myRatings(chosen);
    history.setVisible(!mine.isEmpty());
    if (!mine.isEmpty()) {
      showHistory(mine);
    }
    if (actor.isAdmin()) {
      showCompletion(dashboards.planCompletion(chosen));
      showDistribution(dashboards.predicateDistribution(chosen));
    }
    List<MemberProgress> members = dashboards.teamProgress(chosen);
    team.setVisible(!members.isEmpty());
    if (!members.isEmpty()) {
      showTeam(members);
    }
  }

  private void showCompletion(List<UnitProgress> units) {
    String title = getTranslation("dashboard.completion");
    BarChart chart =
        new BarChart(
            title,
            units.stream().map(UnitProgress::unitName).toList(),
            List.of(
                series("dashboard.approved", units.stream().map(UnitProgress::approved).toList()),
                series("dashboard.submitted", units.stream().map(UnitProgress::submitted).toList()),
                series("dashboard.drafting", units.stream().map(UnitProgress::drafting).toList()),
                series(
                    "dashboard.notStarted", units.stream().map(UnitProgress::notStarted).toList())),
            true,
            true);
    chart.setId("completion-chart");
    Grid<UnitProgress> grid = new Grid<>();
    grid.setId("completion-grid");
    grid.addColumn(UnitProgress::unitName)
        .setHeader(getTranslation("dashboard.unit"))
        .setFlexGrow(3);
    grid.addColumn(UnitProgress::employees).setHeader(getTranslation("dashboard.employees"));
    grid.addColumn(UnitProgress::approved).setHeader(getTranslation("dashboard.approved"));
    grid.addColumn(UnitProgress::submitted).setHeader(getTranslation("dashboard.submitted"));
    grid.addColumn(UnitProgress::drafting).setHeader(getTranslation("dashboard.drafting"));
    grid.addColumn(UnitProgress::notStarted).setHeader(getTranslation("dashboard.notStarted"));
    grid.addColumn(u -> u.approvedPercent() + "%").setHeader("%");
    grid.setItems(units);
    grid.setAllRowsVisible(true);
    admins.add(new H3(title), chart, grid);
  }

  private void showDistribution(List<UnitPredicates> units) {
    if (units.isEmpty()) {
      return;
    }
    String title = getTranslation("dashboard.distribution");
    BarChart chart =
        new BarChart(
            title,
            units.stream().map(UnitPredicates::unitName).toList(),
            Arrays.stream(Predicate.values())
                .map(
                    p ->
                        new BarChart.Series(
                            english() ? p.labelEn() : p.labelId(),
                            units.stream().map(u -> u.count(p)).toList()))
                .toList(),
            true,
            true);
    chart.setId("distribution-chart");
    Grid<UnitPredicates> grid = new Grid<>();
    grid.setId("distribution-grid");
    grid.addColumn(UnitPredicates::unitName)
        .setHeader(getTranslation("dashboard.unit"))
        .setFlexGrow(3);
    for (Predicate p : Predicate.values()) {
      grid.addColumn(u -> u.count(p)).setHeader(english() ? p.labelEn() : p.labelId());
    }
    grid.setItems(units);
    grid.setAllRowsVisible(true);
    admins.add(new H3(title), chart, grid);
  }

  private void showTeam(List<MemberProgress> members) {
    Grid<MemberProgress> grid = new Grid<>();
    grid.setId("team-grid");
    grid.addColumn(MemberProgress::name).setHeader(getTranslation("dashboard.employee"));
    grid.addColumn(MemberProgress::nip).setHeader("NIP");
    grid.addColumn(
            m ->
                m.planStatus() == null
                    ? getTranslation("dashboard.notStarted")
                    : getTranslation("plan.status." + m.planStatus().name()))
        .setHeader(getTranslation("dashboard.planStatus"));
    grid.setItems(members);
    grid.setAllRowsVisible(true);
    team.add(new H3(getTranslation("dashboard.team")), grid);
  }

  private void showHistory(List<RatingView> mine) {
    String title = getTranslation("dashboard.history");
    List<String> periods =
        mine.stream()
            .map(r -> PeriodPicker.label(this, r.periodKind(), r.periodNumber(), r.year()))
            .toList();
    BarChart chart =
        new BarChart(
            title,
            periods,
            List.of(
                new BarChart.Series(
                    getTranslation("dashboard.score"),
                    mine.stream().map(r -> AppraiserOutlier.score(r.predicate())).toList())),
            false,
            false);
    chart.setId("history-chart");
    Grid<RatingView> grid = new Grid<>();
    grid.setId("history-grid");
    grid.addColumn(r -> PeriodPicker.label(this, r.periodKind(), r.periodNumber(), r.year()))
        .setHeader(getTranslation("periods.period"));
    grid.addColumn(r -> english() ? r.predicate().labelEn() : r.predicate().labelId())
        .setHeader(getTranslation("dashboard.predicate"));
    grid.addColumn(r -> r.underObjection() ? getTranslation("dashboard.underObjection") : "")
        .setHeader(getTranslation("dashboard.objection"));
    grid.setItems(mine);
    grid.setAllRowsVisible(true);
    history.add(new H3(title), chart, grid);
  }

  private boolean english() {
    return "en".equals(getLocale().getLanguage());
  }

  private BarChart.Series series(String key, List<Integer> values) {
    return new BarChart.Series(getTranslation(key), values);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dashboard.title") + " · Kinerja";
  }
}
