package id.kinerja.platform.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The region's employees for the pengelola kinerja: searched and paged in the database, with the
 * data problems (employees without a supervisor) and the change of an employee's supervisor.
 */
@Route("admin/pegawai")
@RolesAllowed("admin")
public class EmployeesView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient EmployeeDirectory directory;
  final TextField search = new TextField();
  final Grid<EmployeeSummary> grid = new Grid<>();
  final Span total = new Span();
  final Grid<EmployeeSummary> problems = new Grid<>();
  final Span problemsTotal = new Span();
  final Dialog supervisorDialog = new Dialog();
  final ComboBox<EmployeeSummary> supervisorSelect = new ComboBox<>();
  final Button saveSupervisor = new Button();
  private EmployeeSummary editing;

  /** Builds the searchable list and the data problems. */
  @Inject
  public EmployeesView(EmployeeDirectory directory) {
    this.directory = directory;
    search.setId("employee-search");
    search.setPlaceholder(getTranslation("employees.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24rem");
    total.setId("employee-total");

    grid.setId("employees");
    grid.addColumn(EmployeeSummary::name)
        .setHeader(getTranslation("employees.name"))
        .setFlexGrow(2);
    grid.addColumn(EmployeeSummary::nip).setHeader(getTranslation("employees.nip"));
    grid.addColumn(EmployeeSummary::position).setHeader(getTranslation("employees.position"));
    grid.addColumn(EmployeeSummary::unitName).setHeader(getTranslation("employees.unit"));
    grid.addColumn(EmployeeSummary::appraiserName).setHeader(getTranslation("employees.appraiser"));
    grid.addColumn(e -> e.employmentType().name()).setHeader(getTranslation("employees.type"));
    grid.addComponentColumn(this::changeButton).setAutoWidth(true).setFlexGrow(0);
    grid.setPageSize(50);
    grid.setSizeFull();

    problems.setId("problems");
    problems
        .addColumn(EmployeeSummary::name)
        .setHeader(getTranslation("employees.name"))
        .setFlexGrow(2);
    problems.addColumn(EmployeeSummary::nip).setHeader(getTranslation("employees.nip"));
    problems.addColumn(EmployeeSummary::position).setHeader(getTranslation("employees.position"));
    problems.addColumn(EmployeeSummary::unitName).setHeader(getTranslation("employees.unit"));
    problems
        .addColumn(e -> getTranslation("problems.noSupervisor"))
        .setHeader(getTranslation("problems.problem"));
    problems.addComponentColumn(this::changeButton).setAutoWidth(true).setFlexGrow(0);
    problems.setAllRowsVisible(true);
    problemsTotal.setId("problems-total");

    buildDialog();
    search.addValueChangeListener(e -> refresh());
    refresh();

    add(
        new H2(getTranslation("employees.title")),
        search,
        total,
        grid,
        new H3(getTranslation("problems.title")),
        new Paragraph(getTranslation("problems.help")),
        problemsTotal,
        problems);
    setSizeFull();
  }

  private Button changeButton(EmployeeSummary employee) {
    Button button = new Button(getTranslation("problems.change"), e -> open(employee));
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setId("change-supervisor-" + employee.nip());
    return button;
  }

  private void buildDialog() {
    supervisorSelect.setId("supervisor-select");
    supervisorSelect.setLabel(getTranslation("problems.supervisor"));
    supervisorSelect.setWidth("28rem");
    supervisorSelect.setClearButtonVisible(true);
    supervisorSelect.setItemLabelGenerator(e -> e.name() + " (" + e.nip() + ")");
    supervisorSelect.setItems(
        query ->
            directory
                .search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
    saveSupervisor.setText(getTranslation("problems.save"));
    saveSupervisor.setId("save-supervisor");
    saveSupervisor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveSupervisor.addClickListener(e -> save());
    Button cancel = new Button(getTranslation("problems.cancel"), e -> supervisorDialog.close());
    supervisorDialog.add(supervisorSelect);
    supervisorDialog.getFooter().add(cancel, saveSupervisor);
  }

  void open(EmployeeSummary employee) {
    editing = employee;
    supervisorDialog.setHeaderTitle(
        getTranslation("problems.dialogTitle", employee.name(), employee.nip()));
    supervisorSelect.setValue(
        employee.appraiserNip() == null
            ? null
            : directory.byNip(employee.appraiserNip()).orElse(null));
    supervisorDialog.open();
  }

  void save() {
    if (editing == null) {
      return;
    }
    EmployeeSummary chosen = supervisorSelect.getValue();
    String supervisorNip = chosen == null ? "" : chosen.nip();
    Refusals.attempt(
            () -> directory.changeSupervisor(editing.nip(), supervisorNip, editing.version()))
        .ifPresent(this::saved);
  }

  private void saved(EmployeeSummary saved) {
    supervisorDialog.close();
    editing = null;
    Notification done =
        Notification.show(
            getTranslation("problems.saved", saved.name()),
            4000,
            Notification.Position.BOTTOM_START);
    done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
  }

  private void refresh() {
    String query = search.getValue();
    grid.setItems(q -> directory.search(query, q.getOffset(), q.getLimit()).stream());
    total.setText(getTranslation("employees.total", directory.count(query)));
    List<EmployeeSummary> found = directory.problems();
    problems.setItems(found);
    problemsTotal.setText(
        found.isEmpty()
            ? getTranslation("problems.none")
            : getTranslation("problems.total", found.size()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("employees.title") + " · Kinerja";
  }
}
