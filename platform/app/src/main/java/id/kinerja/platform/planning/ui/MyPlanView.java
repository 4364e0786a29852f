package id.kinerja.platform.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;

/**
 * The employee's SKP of a year: RHK with their supported RHK and IKI, the status, the return
 * reason, submission and revision.
 */
@Route("skp")
@PermitAll
public class MyPlanView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient PlanDrafting plans;
  private final transient PlanReading reading;
  private PlanView plan;

  final Select<Integer> year = new Select<>();
  final Div header = new Div();
  final Div results = new Div();
  final Select<ResultKind> kind = new Select<>();
  final TextField text = new TextField();
  final ComboBox<PlanView.ResultView> supports = new ComboBox<>();
  final Button addResult = new Button();
  final Button submit = new Button();
  final Button revise = new Button();
  final Div expectations = new Div();
  final Anchor document = new Anchor();

  /** Builds the view for the caller. */
  @Inject
  public MyPlanView(PlanDrafting plans, PlanReading reading) {
    this.plans = plans;
    this.reading = reading;
    int current = Year.now().getValue();
    year.setId("plan-year");
    year.setLabel(getTranslation("plan.year"));
    year.setItems(current - 1, current, current + 1);
    year.setValue(current);
    year.addValueChangeListener(e -> load());

    header.setId("plan-header");
    results.setId("results");
    expectations.setId("expectations");

    kind.setId("result-kind");
    kind.setLabel(getTranslation("plan.kind"));
    kind.setItems(ResultKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("plan.kind." + k.name()));
    kind.setValue(ResultKind.UTAMA);
    text.setId("result-text");
    text.setLabel(getTranslation("plan.resultText"));
    text.setWidth("28em");
    supports.setId("result-supports");
    supports.setLabel(getTranslation("plan.supports"));
    supports.setItemLabelGenerator(PlanView.ResultView::text);
    supports.setWidth("24em");
    addResult.setText(getTranslation("plan.addResult"));
    addResult.setId("add-result");
    addResult.addClickListener(e -> addResult());
    HorizontalLayout form = new HorizontalLayout(kind, text, supports, addResult);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.setId("result-form");

    submit.setText(getTranslation("plan.submit"));
    submit.setId("submit-plan");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> act(() -> plans.submit(plan.id(), plan.version())));
    revise.setText(getTranslation("plan.revise"));
    revise.setId("revise-plan");
    revise.addClickListener(e -> act(() -> plans.revise(plan.id(), plan.version())));

    Anchor review = new Anchor("skp/tinjau", getTranslation("plan.toReview"));
    review.setId("to-review");
    // Served by the document feature's download servlet, where the portal session counts.
    document.setId("plan-document");
    document.setText(getTranslation("plan.downloadPdf"));
    document.setRouterIgnore(true);

    add(
        new H2(getTranslation("plan.title")),
        new HorizontalLayout(year, review, document),
        header,
        results,
        form,
        new HorizontalLayout(submit, revise),
        new H3(getTranslation("plan.expectations")),
        expectations);
    load();
  }

  private void load() {
    Integer selected = year.getValue();
    if (selected == null) {
      return;
    }
    try {
      plan = plans.myPlan(selected);
      supports.setItems(reading.supportableResults(selected));
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
      plan = null;
    }
    show();
  }

  private void show() {
    header.removeAll();
    results.removeAll();
    expectations.removeAll();
    document.setVisible(plan != null);
    if (plan == null) {
      return;
    }
    document.setHref("/dokumen/skp/" + plan.id() + ".pdf");
    Span version = new Span(getTranslation("plan.version", plan.planVersion()));
    version.setId("plan-version");
    header.add(PlanParts.badge(this, plan.status()), new Span(" "), version);
    if (plan.status() == PlanStatus.RETURNED && plan.returnReason() != null) {
      Paragraph reason =
          new Paragraph(getTranslation("plan.returnReason") + ": " + plan.returnReason());
      reason.setId("return-reason");
      header.add(reason);
    }
    boolean editable = plan.editable();
    for (PlanView.ResultView r : plan.results()) {
      Div box = editable ? editableResult(r) : PlanParts.result(this, r);
      results.add(box);
    }
    if (plan.results().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("plan.noResults"));
      none.setId("no-results");
      results.add(none);
    }
    UnorderedList list = new UnorderedList();
    plan.expectations()
        .forEach(
            x -> list.add(new ListItem(PlanParts.label(this, x.coreValue()) + ": " + x.text())));
    expectations.add(list);
    addResult.setEnabled(editable);
    submit.setVisible(editable);
    revise.setVisible(plan.status() == PlanStatus.APPROVED);
  }

  /**
   * An RHK of an editable plan: its IKI each with change and remove buttons, a form that adds an
   * IKI or saves the one being changed, and the RHK's remove button.
   */
  private Div editableResult(PlanView.ResultView r) {
    IndicatorForm form =
        new IndicatorForm(
            r.id(),
            (changing, input) ->
                act(
                    () ->
                        changing == null
                            ? plans.addIndicator(plan.id(), plan.version(), r.id(), input)
                            : plans.updateIndicator(plan.id(), plan.version(), changing, input)));
    Div box =
        PlanParts.result(
            this,
            r,
            (i, item) -> {
              Button change = new Button(getTranslation("plan.changeIndicator"), e -> form.edit(i));
              change.setId("change-indicator-" + i.id());
              change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
              Button remove =
                  new Button(
                      getTranslation("plan.removeIndicator"),
                      e -> act(() -> plans.removeIndicator(plan.id(), plan.version(), i.id())));
              remove.setId("remove-indicator-" + i.id());
              remove.addThemeVariants(
                  ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
              item.add(change, remove);
            });
    Button remove =
        new Button(
            getTranslation("plan.removeResult"),
            e -> act(() -> plans.removeResult(plan.id(), plan.version(), r.id())));
    remove.setId("remove-result-" + r.id());
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    box.add(form, remove);
    return box;
  }

  private void addResult() {
    PlanView.ResultView supported = supports.getValue();
    act(
        () ->
            plans.addResult(
                plan.id(),
                plan.version(),
                new ResultInput(
                    kind.getValue(), text.getValue(), supported == null ? null : supported.id())));
    if (plan != null && !plan.results().isEmpty()) {
      text.clear();
    }
  }

  private void act(Supplier<PlanView> change) {
    try {
      plan = change.get();
    } catch (RuleViolation e) {
      Refusals.show(e.message(getLocale()));
    }
    show();
  }

  /** The plan shown, for tests. */
  List<PlanView.ResultView> shownResults() {
    return plan == null ? List.of() : plan.results();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plan.title") + " · Kinerja";
  }
}
