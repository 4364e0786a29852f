package id.kinerja.platform.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The region's employees for the pengelola kinerja: searched and paged in the database. */
@Route("admin/pegawai")
@RolesAllowed("admin")
public class EmployeesView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  final TextField search = new TextField();
  final Grid<EmployeeSummary> grid = new Grid<>();
  final Span total = new Span();

  /** Builds the searchable list. */
  @Inject
  public EmployeesView(EmployeeDirectory directory) {
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
    grid.setPageSize(50);
    grid.setSizeFull();

    Runnable refresh =
        () -> {
          String query = search.getValue();
          grid.setItems(q -> directory.search(query, q.getOffset(), q.getLimit()).stream());
          total.setText(getTranslation("employees.total", directory.count(query)));
        };
    search.addValueChangeListener(e -> refresh.run());
    refresh.run();

    add(new H2(getTranslation("employees.title")), search, total, grid);
    setSizeFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("employees.title") + " · Kinerja";
  }
}
