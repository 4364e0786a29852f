package id.kinerja.platform.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.shell.ui.MockPortal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The home page shows the acting employee's own record, browserless. */
@ExtendWith(MockPortal.class)
class HomeViewTest {

  private static final String TOP = "197001012000011001";
  private static final String STAFF = "199001012015011001";

  /** The top official and one employee they appraise. */
  private static final EmployeesViewTest.FakeDirectory DIRECTORY =
      new EmployeesViewTest.FakeDirectory() {
        {
          all.clear();
          all.add(summary(TOP, "Kepala Daerah", null, 0));
          all.add(summary(STAFF, "Staf Umum", TOP, 0));
        }

        @Override
        public List<EmployeeSummary> directReports(String nip) {
          return all.stream().filter(e -> nip.equals(e.appraiserNip())).toList();
        }
      };

  @Test
  void theHomePageShowsTheActingEmployeeAndTheirAppraiser() {
    MockPortal.signIn(STAFF, Set.of("employee"));
    UI.getCurrent().add(new HomeView(DIRECTORY, MockPortal.actor()));

    assertEquals("Selamat datang, Staf Umum", _get(H2.class, s -> s.withId("greeting")).getText());
    assertEquals(STAFF, _get(Span.class, s -> s.withId("nip")).getText());
    assertEquals(
        "Atasan (NIP " + TOP + ")", _get(Span.class, s -> s.withId("appraiser")).getText());
    assertTrue(_find(Grid.class, s -> s.withId("direct-reports")).isEmpty());
  }

  @Test
  void anAppraiserSeesTheEmployeesTheyAppraise() {
    MockPortal.signIn(TOP, Set.of("employee"));
    UI.getCurrent().add(new HomeView(DIRECTORY, MockPortal.actor()));

    assertEquals(
        "Tidak ada (pimpinan tertinggi daerah)",
        _get(Span.class, s -> s.withId("appraiser")).getText());
    @SuppressWarnings("unchecked")
    Grid<EmployeeSummary> reports = _get(Grid.class, s -> s.withId("direct-reports"));
    assertEquals(1, reports.getGenericDataView().getItems().count());
  }

  @Test
  void aLoginWithoutEmployeeRecordIsToldToAskTheAdmin() {
    MockPortal.signIn("198512312010011001", Set.of("employee"));
    UI.getCurrent().add(new HomeView(DIRECTORY, MockPortal.actor()));

    assertTrue(
        _get(Paragraph.class, s -> s.withId("not-linked"))
            .getText()
            .contains("198512312010011001"));
  }
}
