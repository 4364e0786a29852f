package id.kinerja.platform.calibration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import id.kinerja.platform.calibration.service.CalibrationService;
import id.kinerja.platform.calibration.service.OutlierView;
import id.kinerja.platform.calibration.service.UnitCalibration;
import id.kinerja.platform.evaluation.domain.DistributionRule;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shell.ui.BarChart;
import id.kinerja.platform.shell.ui.MockPortal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calibration view, browserless, over one breaking unit. */
@ExtendWith(MockPortal.class)
class CalibrationViewTest {

  static class OnePeriod extends PeriodService {
    @Override
    public List<Integer> years() {
      return List.of(2030);
    }

    @Override
    public List<PeriodView> periods(int year) {
      LocalDate start = LocalDate.of(year, 1, 1);
      return List.of(
          new PeriodView(
              7, year, PeriodKind.MONTH, 1, start, start, Instant.now(), PeriodState.OPEN, 0));
    }
  }

  /** A Baik unit whose five staff are all Baik: it breaks its curve until justified. */
  static class OneUnit extends CalibrationService {
    final List<String> calls = new ArrayList<>();
    UnitCalibration.Justification justification;

    @Override
    public List<UnitCalibration> units(long periodId) {
      Map<Predicate, Integer> counts = Map.of(Predicate.BAIK, 5);
      return List.of(
          new UnitCalibration(
              3,
              "UPTD Puskesmas",
              "dr. Wulan",
              UnitResult.BAIK,
              counts,
              5,
              DistributionRule.forUnitResult(UnitResult.BAIK).check(counts),
              justification));
    }

    @Override
    public UnitCalibration justify(long periodId, long unitId, Long version, String text) {
      calls.add(
          MockPortal.actor().nip() + " " + periodId + " " + unitId + " " + version + " " + text);
      justification =
          new UnitCalibration.Justification(
              text, "dr. Wulan", OffsetDateTime.now(ZoneOffset.UTC), 0);
      return units(periodId).get(0);
    }

    @Override
    public List<OutlierView> outliers(long periodId) {
      return List.of(new OutlierView("198312192006012011", "dr. Wulan", 5, 4.8, 3.9, 2.7));
    }
  }

  private final OneUnit calibration = new OneUnit();

  private static void signIn(String nip, Set<String> roles) {
    MockPortal.signIn(nip, roles);
  }

  @Test
  void theHeadSeesTheBreachAndJustifiesItInWriting() {
    signIn("198312192006012011", Set.of("employee"));
    UI.getCurrent().add(new CalibrationView(calibration, new OnePeriod(), MockPortal.actor()));
    assertEquals(
        "Menyimpang dari kurva",
        _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("unit-state-3")).getText());
    assertTrue(
        _get(UnorderedList.class, s -> s.withId("unit-breaches-3")).getChildren().count() > 0);
    assertEquals(
        "Belum dijustifikasi: periode tidak dapat dikunci.",
        _get(Div.class, s -> s.withId("justification-state-3")).getText());
    assertTrue(_find(BarChart.class).isEmpty(), "the region chart is the admin's");
    assertTrue(_find(Grid.class).isEmpty(), "outliers are the admin's");

    _get(TextArea.class, s -> s.withId("justification-3"))
        .setValue("Seluruh staf mencapai target imunisasi.");
    _click(_get(Button.class, s -> s.withId("save-justification-3")));
    assertEquals(
        List.of("198312192006012011 7 3 null Seluruh staf mencapai target imunisasi."),
        calibration.calls);
    assertEquals(
        "Dijustifikasi oleh dr. Wulan.",
        _get(Div.class, s -> s.withId("justification-state-3")).getText());
  }

  @Test
  void theAdminAlsoSeesTheDistributionChartAndTheOutlierAppraisers() {
    signIn("199805282021121057", Set.of("employee", "admin"));
    UI.getCurrent().add(new CalibrationView(calibration, new OnePeriod(), MockPortal.actor()));
    _get(BarChart.class, s -> s.withId("distribution-chart"));
    @SuppressWarnings("unchecked")
    Grid<OutlierView> grid = _get(Grid.class, s -> s.withId("outlier-grid"));
    assertEquals(1, GridKt._size(grid));
    assertEquals("Lebih longgar", GridKt._getFormattedRow(grid, 0).get(5));
  }
}
