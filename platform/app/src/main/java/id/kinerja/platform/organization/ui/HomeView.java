package id.kinerja.platform.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.security.service.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The employee's home: who they are, who appraises them, and whom they appraise (for a pejabat
 * penilai).
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  /** Shows the acting person's record. */
  @Inject
  public HomeView(EmployeeDirectory directory, Actor actor) {
    String nip = actor.nip();
    var me = directory.byNip(nip);
    if (me.isEmpty()) {
      Paragraph notLinked = new Paragraph(getTranslation("home.notLinked", nip));
      notLinked.setId("not-linked");
      add(notLinked);
      return;
    }
    EmployeeSummary employee = me.get();
    H2 greeting = new H2(getTranslation("home.greeting", employee.name()));
    greeting.setId("greeting");
    Div profile = new Div();
    profile.setId("profile");
    profile.add(
        field("nip", "home.nip", employee.nip()),
        field("position", "home.position", employee.position()),
        field("unit", "home.unit", employee.unitName()),
        field("employment-type", "home.employmentType", employee.employmentType().name()),
        field(
            "appraiser",
            "home.appraiser",
            employee.appraiserNip() == null
                ? getTranslation("home.noAppraiser")
                : employee.appraiserName() + " (NIP " + employee.appraiserNip() + ")"));
    add(greeting, profile);

    List<EmployeeSummary> reports = directory.directReports(nip);
    if (!reports.isEmpty()) {
      Grid<EmployeeSummary> grid = new Grid<>();
      grid.setId("direct-reports");
      grid.addColumn(EmployeeSummary::name).setHeader(getTranslation("employees.name"));
      grid.addColumn(EmployeeSummary::nip).setHeader(getTranslation("employees.nip"));
      grid.addColumn(EmployeeSummary::position).setHeader(getTranslation("employees.position"));
      grid.setItems(reports);
      grid.setAllRowsVisible(true);
      add(new H3(getTranslation("home.reports")), grid);
    }
  }

  private Div field(String id, String labelKey, String value) {
    Span label = new Span(getTranslation(labelKey) + ": ");
    label.getStyle().set("font-weight", "600");
    Span content = new Span(value);
    content.setId(id);
    return new Div(label, content);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.title") + " · Kinerja";
  }
}
