package id.kinerja.platform.period.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import java.util.List;
import java.util.function.Consumer;

/**
 * A year and one of its periodic periods (months or quarters, not the year itself), latest year
 * first, for views that work on one evaluation period. Empty until {@link #load()}.
 */
public class PeriodPicker extends HorizontalLayout {

  private static final long serialVersionUID = 1L;

  private final transient PeriodService periods;
  private final transient Consumer<PeriodView> onChange;

  /** The year chosen. */
  public final Select<Integer> year = new Select<>();

  /** The period chosen. */
  public final Select<PeriodView> period = new Select<>();

  /**
   * A picker whose components have ids {@code <idPrefix>-year} and {@code <idPrefix>-period}.
   *
   * @param onChange called with the chosen period ({@code null} if none) whenever it changes
   */
  public PeriodPicker(PeriodService periods, String idPrefix, Consumer<PeriodView> onChange) {
    this.periods = periods;
    year.setId(idPrefix + "-year");
    year.setLabel(getTranslation("periods.year"));
    year.addValueChangeListener(e -> showPeriods(e.getValue()));
    period.setId(idPrefix + "-period");
    period.setLabel(getTranslation("periods.period"));
    period.setItemLabelGenerator(p -> label(this, p.kind(), p.number(), p.year()));
    period.addValueChangeListener(e -> onChange.accept(e.getValue()));
    this.onChange = onChange;
    setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(year, period);
  }

  /**
   * Loads the region's years and chooses the first period of the latest one; call it once the owner
   * is built, as it calls back.
   */
  public void load() {
    List<Integer> years = periods.years();
    year.setItems(years);
    if (years.isEmpty()) {
      onChange.accept(null);
    } else {
      year.setValue(years.get(0));
    }
  }

  /** The period chosen, or {@code null}. */
  public PeriodView value() {
    return period.getValue();
  }

  /** A period's name in the owner's language: "Triwulan 2 2030", "Januari 2030", "2030". */
  public static String label(Component owner, PeriodKind kind, int number, int year) {
    return switch (kind) {
      case YEAR -> owner.getTranslation("periods.kind.YEAR", year);
      case QUARTER -> owner.getTranslation("periods.kind.QUARTER", number, year);
      case MONTH -> owner.getTranslation("periods.kind.MONTH", number, year);
    };
  }

  private void showPeriods(Integer selected) {
    List<PeriodView> list =
        selected == null
            ? List.of()
            : periods.periods(selected).stream().filter(p -> p.kind() != PeriodKind.YEAR).toList();
    period.setItems(list);
    if (!list.isEmpty()) {
      period.setValue(list.get(0));
    }
  }
}
