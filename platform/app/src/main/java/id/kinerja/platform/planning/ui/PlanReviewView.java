package id.kinerja.platform.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanSummary;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The pejabat penilai's review: the submitted plans of direct reports, each to approve or return
 * with a reason, and the special expectations per core value.
 */
@Route("skp/tinjau")
@PermitAll
public class PlanReviewView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient PlanReview plans;
  private final transient PlanReading reading;
  private PlanView selected;

  final Grid<PlanSummary> grid = new Grid<>();
  final Div detail = new Div();
  final TextField reason = new TextField();
  final Button approve = new Button();
  final Button returnPlan = new Button();
  final Select<CoreValue> coreValue = new Select<>();
  final TextField expectation = new TextField();
  final Button saveExpectation = new Button();

  /** Builds the view for the caller. */
  @Inject
  public PlanReviewView(PlanReview plans, PlanReading reading) {
    this.plans = plans;
    this.reading = reading;

    grid.setId("review-plans");
    grid.addColumn(PlanSummary::employeeName).setHeader(getTranslation("plan.employee"));
    grid.addColumn(PlanSummary::employeeNip).setHeader("NIP");
    grid.addColumn(PlanSummary::year).setHeader(getTranslation("plan.year"));
    grid.addColumn(PlanSummary::planVersion).setHeader(getTranslation("plan.versionColumn"));
    grid.setAllRowsVisible(true);
    grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

    detail.setId("review-detail");
    reason.setId("return-reason-input");
    reason.setLabel(getTranslation("plan.returnReason"));
    reason.setWidth("24em");
    approve.setText(getTranslation("plan.approve"));
    approve.setId("approve-plan");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    approve.addClickListener(
        e -> act(() -> plans.approve(selected.id(), selected.version()), true));
    returnPlan.setText(getTranslation("plan.return"));
    returnPlan.setId("return-plan");
    returnPlan.addThemeVariants(ButtonVariant.LUMO_ERROR);
    returnPlan.addClickListener(
        e ->
            act(
                () -> plans.returnPlan(selected.id(), selected.version(), reason.getValue()),
                true));

    coreValue.setId("expectation-value");
    coreValue.setLabel(getTranslation("plan.coreValue"));
    coreValue.setItems(CoreValue.values());
    coreValue.setItemLabelGenerator(v -> PlanParts.label(this, v));
    expectation.setId("expectation-text");
    expectation.setLabel(getTranslation("plan.expectation"));
    expectation.setWidth("24em");
    saveExpectation.setText(getTranslation("plan.saveExpectation"));
    saveExpectation.setId("save-expectation");
    saveExpectation.addClickListener(
        e ->
            act(
                () ->
                    plans.setSpecialExpectation(
                        selected.id(),
                        selected.version(),
                        coreValue.getValue(),
                        expectation.getValue()),
                false));

    HorizontalLayout decision = new HorizontalLayout(approve, reason, returnPlan);
    decision.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    HorizontalLayout expectations = new HorizontalLayout(coreValue, expectation, saveExpectation);
    expectations.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(
        new H2(getTranslation("plan.reviewTitle")),
        grid,
        detail,
        new H3(getTranslation("plan.expectations")),
        expectations,
        decision);
    refresh();
  }

  private void refresh() {
    grid.setItems(plans.plansToReview());
    select(null);
  }

  private void select(PlanSummary summary) {
    try {
      selected = summary == null ? null : reading.plan(summary.id());
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
      selected = null;
    }
    show();
  }

  private void show() {
    detail.removeAll();
    boolean any = selected != null;
    approve.setEnabled(any);
    returnPlan.setEnabled(any);
    saveExpectation.setEnabled(any);
    if (!any) {
      return;
    }
    detail.add(PlanParts.badge(this, selected.status()), PlanParts.pdf(this, selected.id()));
    selected.results().forEach(r -> detail.add(PlanParts.result(this, r)));
    selected
        .expectations()
        .forEach(x -> detail.add(new Div(PlanParts.label(this, x.coreValue()) + ": " + x.text())));
  }

  private void act(Supplier<PlanView> change, boolean decided) {
    try {
      selected = change.get();
      if (decided) {
        reason.clear();
        refresh();
        return;
      }
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
    }
    show();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plan.reviewTitle") + " · Kinerja";
  }
}
