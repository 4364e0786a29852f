package id.kinerja.platform.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data problems on the employees page and the change of a supervisor, browserless. */
class EmployeesViewTest {

  private static final String TOP = "197001012000011001";
  private static final String LOOSE = "198001012005011001";

  /** An in-memory directory: the first employee without supervisor is the top official. */
  static class FakeDirectory extends EmployeeDirectory {
    final List<EmployeeSummary> all = new ArrayList<>();
    final List<String> changes = new ArrayList<>();

    FakeDirectory() {
      all.add(summary(TOP, "Kepala Daerah", null, 0));
      all.add(summary(LOOSE, "Pegawai Lepas", null, 3));
    }

    static EmployeeSummary summary(String nip, String name, String appraiser, long version) {
      return new EmployeeSummary(
          Long.parseLong(nip.substring(10)),
          nip,
          name,
          "Analis",
          PositionKind.PELAKSANA,
          EmploymentType.PNS,
          "Bagian Umum",
          appraiser,
          appraiser == null ? null : "Atasan",
          version);
    }

    @Override
    public List<EmployeeSummary> search(String query, int offset, int limit) {
      return all.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(String query) {
      return all.size();
    }

    @Override
    public Optional<EmployeeSummary> byNip(String nip) {
      return all.stream().filter(e -> e.nip().equals(nip)).findFirst();
    }

    @Override
    public List<EmployeeSummary> problems() {
      return all.stream().filter(e -> e.appraiserNip() == null).skip(1).toList();
    }

    @Override
    public EmployeeSummary changeSupervisor(String nip, String supervisorNip, long version) {
      EmployeeSummary employee = byNip(nip).orElseThrow();
      if (employee.version() != version) {
        throw RuleViolation.concurrentChange();
      }
      changes.add(nip + "->" + supervisorNip + "@" + version);
      EmployeeSummary saved = summary(nip, employee.name(), supervisorNip, version + 1);
      all.set(all.indexOf(employee), saved);
      return saved;
    }
  }

  private FakeDirectory directory;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    UI.getCurrent().setLocale(Languages.INDONESIAN);
    directory = new FakeDirectory();
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @SuppressWarnings("unchecked")
  private static Grid<EmployeeSummary> problems() {
    return _get(Grid.class, spec -> spec.withId("problems"));
  }

  @Test
  void anEmployeeWithoutSupervisorIsListedAndFixedThroughTheDialog() {
    EmployeesView view = new EmployeesView(directory);
    UI.getCurrent().add(view);
    List<EmployeeSummary> listed = problems().getGenericDataView().getItems().toList();
    assertEquals(List.of(LOOSE), listed.stream().map(EmployeeSummary::nip).toList());

    view.open(listed.get(0));
    assertTrue(view.supervisorDialog.isOpened());
    @SuppressWarnings("unchecked")
    ComboBox<EmployeeSummary> select =
        _get(ComboBox.class, spec -> spec.withId("supervisor-select"));
    select.setValue(directory.byNip(TOP).orElseThrow());
    _get(Button.class, spec -> spec.withId("save-supervisor")).click();

    assertEquals(List.of(LOOSE + "->" + TOP + "@3"), directory.changes);
    assertEquals(0, problems().getGenericDataView().getItems().count());
    assertFalse(view.supervisorDialog.isOpened());
  }

  @Test
  void aStaleVersionKeepsTheDialogOpenAndChangesNothing() {
    EmployeesView view = new EmployeesView(directory);
    UI.getCurrent().add(view);
    view.open(directory.byNip(LOOSE).orElseThrow());
    directory.changeSupervisor(LOOSE, "", 3); // someone else saves first
    view.supervisorSelect.setValue(directory.byNip(TOP).orElseThrow());
    view.save();
    assertTrue(view.supervisorDialog.isOpened());
    assertEquals(1, directory.changes.size());
    assertFalse(directory.changes.get(0).contains(TOP));
  }
}
