package id.kinerja.platform.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The admin opens performance years and locks or reopens their periods. */
@Route("admin/periode")
@RolesAllowed("admin")
public class PeriodsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient PeriodService periods;
  private final ZoneId zone;
  final Select<Integer> year = new Select<>();
  final IntegerField newYear = new IntegerField();
  final Grid<PeriodView> grid = new Grid<>();

  /** Builds the view for the current region. */
  @Inject
  public PeriodsView(PeriodService periods, TenantRegistry registry) {
    this.periods = periods;
    this.zone = registry.current().timeZone();
    year.setId("period-year");
    year.setLabel(getTranslation("periods.year"));
    year.addValueChangeListener(e -> show(e.getValue()));

    newYear.setId("new-year");
    newYear.setLabel(getTranslation("periods.newYear"));
    newYear.setStepButtonsVisible(true);
    Button open = new Button(getTranslation("periods.open"), e -> openYear());
    open.setId("open-year");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(year, newYear, open);
    toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    DateTimeFormatter moment =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(zone);
    grid.setId("periods");
    grid.addColumn(this::name).setHeader(getTranslation("periods.period")).setFlexGrow(2);
    grid.addColumn(p -> day.format(p.startsOn()) + " – " + day.format(p.endsOn()))
        .setHeader(getTranslation("periods.dates"))
        .setFlexGrow(2);
    grid.addColumn(p -> moment.format(p.deadline()) + " " + zone.getId())
        .setHeader(getTranslation("periods.deadline"))
        .setFlexGrow(2);
    grid.addColumn(p -> getTranslation("periods.state." + p.state().name()))
        .setHeader(getTranslation("periods.state"));
    grid.addComponentColumn(this::toggle);
    grid.setAllRowsVisible(true);

    add(new H2(getTranslation("periods.title")), toolbar, grid);
    refreshYears(null);
  }

  private String name(PeriodView p) {
    return switch (p.kind()) {
      case YEAR -> getTranslation("periods.kind.YEAR", p.year());
      case QUARTER -> getTranslation("periods.kind.QUARTER", p.number(), p.year());
      case MONTH -> getTranslation("periods.kind.MONTH", p.number(), p.year());
    };
  }

  private Button toggle(PeriodView p) {
    boolean open = p.state() == PeriodState.OPEN;
    Button button =
        new Button(
            getTranslation(open ? "periods.lock" : "periods.unlock"),
            e ->
                act(
                    () ->
                        periods.setState(
                            p.id(), p.version(), open ? PeriodState.LOCKED : PeriodState.OPEN)));
    button.setId("toggle-" + p.kind().name().toLowerCase() + "-" + p.number());
    return button;
  }

  private void openYear() {
    Integer value = newYear.getValue();
    if (value == null) {
      Refusals.show(getTranslation("periods.yearRequired"));
      return;
    }
    act(() -> periods.openYear(value));
    refreshYears(value);
  }

  private void act(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
    show(year.getValue());
  }

  private void refreshYears(Integer select) {
    List<Integer> years = periods.years();
    year.setItems(years);
    if (select != null && years.contains(select)) {
      year.setValue(select);
    } else if (!years.isEmpty() && year.getValue() == null) {
      year.setValue(years.get(0));
    }
  }

  private void show(Integer selected) {
    grid.setItems(selected == null ? List.of() : periods.periods(selected));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("periods.title") + " · Kinerja";
  }
}
