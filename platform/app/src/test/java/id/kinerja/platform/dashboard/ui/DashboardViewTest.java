package id.kinerja.platform.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.kinerja.platform.dashboard.service.DashboardService;
import id.kinerja.platform.dashboard.service.MemberProgress;
import id.kinerja.platform.dashboard.service.UnitPredicates;
import id.kinerja.platform.dashboard.service.UnitProgress;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.shell.ui.BarChart;
import id.kinerja.platform.shell.ui.MockPortal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard, browserless, over fixed figures. */
@ExtendWith(MockPortal.class)
class DashboardViewTest {

  static class FixedFigures extends DashboardService {
    @Override
    public List<UnitProgress> planCompletion(int year) {
      return List.of(new UnitProgress(1, "Dinas Kesehatan", 10, 4, 3, 2));
    }

    @Override
    public List<UnitPredicates> predicateDistribution(int year) {
      return List.of(
          new UnitPredicates(
              "Dinas Kesehatan", Map.of(Predicate.BAIK, 7, Predicate.BUTUH_PERBAIKAN, 1)));
    }

    @Override
    public List<MemberProgress> teamProgress(int year) {
      return MockPortal.actor().nip().equals("penilai")
          ? List.of(
              new MemberProgress("199011222019122120", "Sari", PlanStatus.SUBMITTED),
              new MemberProgress("199803042022011005", "Hasan", null))
          : List.of();
    }
  }

  /** The pegawai's two published quarters, the second under objection. */
  static class FixedRatings extends RatingService {
    @Override
    public List<RatingView> myRatings(int year) {
      return MockPortal.actor().nip().equals("pegawai")
          ? List.of(
              rating(1, Predicate.SANGAT_BAIK, RatingStatus.PUBLISHED),
              rating(2, Predicate.BUTUH_PERBAIKAN, RatingStatus.OBJECTED))
          : List.of();
    }

    private static RatingView rating(int quarter, Predicate predicate, RatingStatus status) {
      return new RatingView(
          quarter,
          quarter,
          2030,
          PeriodKind.QUARTER,
          quarter,
          "pegawai",
          "Sari",
          "penilai",
          Rating.AS_EXPECTED,
          Rating.AS_EXPECTED,
          predicate,
          Map.of(),
          null,
          status,
          OffsetDateTime.now(ZoneOffset.UTC),
          Instant.now(),
          null,
          0);
    }
  }

  private static DashboardView view() {
    return new DashboardView(new FixedFigures(), new FixedRatings(), MockPortal.actor());
  }

  private static void signIn(String nip, Set<String> roles) {
    MockPortal.signIn(nip, roles);
  }

  @Test
  void theAdminSeesCompletionPerUnitAsChartAndGrid() {
    signIn("admin", Set.of("employee", "admin"));
    UI.getCurrent().add(view());
    BarChart chart = _get(BarChart.class, s -> s.withId("completion-chart"));
    assertEquals("Penyelesaian SKP per unit kerja", chart.getElement().getAttribute("aria-label"));
    @SuppressWarnings("unchecked")
    Grid<UnitProgress> grid = _get(Grid.class, s -> s.withId("completion-grid"));
    assertEquals(1, GridKt._size(grid));
    assertEquals(
        List.of("Dinas Kesehatan", "10", "4", "3", "2", "1", "40%"),
        GridKt._getFormattedRow(grid, 0));
  }

  @Test
  void anEmployeeSeesTheirOwnPredikatHistoryWithObjectionsMarkedButNeitherUnitsNorATeam() {
    signIn("pegawai", Set.of("employee"));
    UI.getCurrent().add(view());
    BarChart chart = _get(BarChart.class, s -> s.withId("history-chart"));
    assertEquals(
        5.0,
        chart.getElement().getPropertyRaw("config") instanceof elemental.json.JsonObject config
            ? config
                .getObject("data")
                .getArray("datasets")
                .getObject(0)
                .getArray("data")
                .getNumber(0)
            : -1);
    @SuppressWarnings("unchecked")
    Grid<RatingView> grid = _get(Grid.class, s -> s.withId("history-grid"));
    assertEquals(
        List.of("Triwulan 2 2030", "Butuh Perbaikan", "Dalam proses keberatan"),
        GridKt._getFormattedRow(grid, 1));
    assertEquals(1, _find(BarChart.class).size());
    assertTrue(_find(Grid.class, s -> s.withId("completion-grid")).isEmpty());
    assertTrue(_find(Grid.class, s -> s.withId("team-grid")).isEmpty());
  }

  @Test
  void theAppraiserSeesEachReportsSkpStatus() {
    signIn("penilai", Set.of("employee"));
    UI.getCurrent().add(view());
    @SuppressWarnings("unchecked")
    Grid<MemberProgress> grid = _get(Grid.class, s -> s.withId("team-grid"));
    assertEquals(2, GridKt._size(grid));
    assertEquals("Diajukan", GridKt._getFormattedRow(grid, 0).get(2));
    assertEquals("Belum dimulai", GridKt._getFormattedRow(grid, 1).get(2));
    assertTrue(_find(BarChart.class).isEmpty());
  }
}
