package id.kinerja.platform.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller's performance dialogues: as employee (read and confirm) and as pejabat penilai of
 * direct reports (record, edit and confirm). Either side may edit a dialogue until both confirmed.
 */
@Route("dialog")
@PermitAll
public class DialoguesView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient DialogueService dialogues;
  private final transient DevelopmentService development;
  private final Actor actor;

  final Div mine = new Div();
  final Div reports = new Div();
  final Div editor = new Div();
  final Button create = new Button();

  /** The dialogue in the editor, null for a new one. */
  private DialogueView editing;

  final Select<EmployeeSummary> employee = new Select<>();
  final Select<PeriodView> period = new Select<>();
  final DatePicker meetingDate = new DatePicker();
  final TextArea achievements = new TextArea();
  final TextArea obstacles = new TextArea();
  final Div items = new Div();
  final Select<DevelopmentKind> itemKind = new Select<>();
  final TextField itemDescription = new TextField();
  final DatePicker itemTarget = new DatePicker();
  final Button addItem = new Button();
  final Button save = new Button();
  private final List<Development> plan = new ArrayList<>();

  /** Builds the view for the caller. */
  @Inject
  public DialoguesView(
      DialogueService dialogues,
      EmployeeDirectory directory,
      PeriodService periods,
      DevelopmentService development,
      Actor actor) {
    this.dialogues = dialogues;
    this.development = development;
    this.actor = actor;
    mine.setId("my-dialogues");
    reports.setId("report-dialogues");
    editor.setId("dialogue-editor");

    employee.setId("dialogue-employee");
    employee.setLabel(getTranslation("dialogue.employee"));
    employee.setItems(directory.directReports(actor.nip()));
    employee.setItemLabelGenerator(e -> e.name() + " (" + e.nip() + ")");
    period.setId("dialogue-period");
    period.setLabel(getTranslation("dialogue.period"));
    period.setItems(periods.years().stream().flatMap(y -> periods.periods(y).stream()).toList());
    period.setItemLabelGenerator(this::periodName);
    meetingDate.setId("dialogue-date");
    meetingDate.setLabel(getTranslation("dialogue.meetingDate"));
    achievements.setId("dialogue-achievements");
    achievements.setLabel(getTranslation("dialogue.achievements"));
    achievements.setWidthFull();
    obstacles.setId("dialogue-obstacles");
    obstacles.setLabel(getTranslation("dialogue.obstacles"));
    obstacles.setWidthFull();
    items.setId("dialogue-items");
    itemKind.setId("item-kind");
    itemKind.setLabel(getTranslation("dialogue.itemKind"));
    itemKind.setItems(DevelopmentKind.values());
    itemKind.setItemLabelGenerator(k -> getTranslation("dialogue.kind." + k.name()));
    itemKind.setValue(DevelopmentKind.TRAINING);
    itemDescription.setId("item-description");
    itemDescription.setLabel(getTranslation("dialogue.itemDescription"));
    itemDescription.setWidth("24em");
    itemTarget.setId("item-target");
    itemTarget.setLabel(getTranslation("dialogue.itemTarget"));
    addItem.setId("add-item");
    addItem.setText(getTranslation("dialogue.addItem"));
    addItem.addClickListener(e -> addItem());
    save.setId("save-dialogue");
    save.setText(getTranslation("dialogue.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    Button cancel = new Button(getTranslation("dialogue.cancel"), e -> editor.setVisible(false));
    HorizontalLayout itemForm =
        new HorizontalLayout(itemKind, itemDescription, itemTarget, addItem);
    itemForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    editor.add(
        new H3(getTranslation("dialogue.editorTitle")),
        new HorizontalLayout(employee, period, meetingDate),
        achievements,
        obstacles,
        new Span(getTranslation("dialogue.developmentPlan")),
        items,
        itemForm,
        new HorizontalLayout(save, cancel));
    editor.setVisible(false);

    create.setId("new-dialogue");
    create.setText(getTranslation("dialogue.new"));
    create.addClickListener(e -> open(null));
    create.setVisible(employee.getListDataView().getItems().findAny().isPresent());

    add(
        new H2(getTranslation("dialogue.title")),
        new H3(getTranslation("dialogue.mine")),
        mine,
        new H3(getTranslation("dialogue.reports")),
        create,
        reports,
        editor);
    load();
  }

  private void load() {
    show(mine, dialogues.mine());
    show(reports, dialogues.ofMyReports());
  }

  private void show(Div target, List<DialogueView> list) {
    target.removeAll();
    if (list.isEmpty()) {
      target.add(new Paragraph(getTranslation("dialogue.none")));
    }
    list.forEach(d -> target.add(card(d)));
  }

  private Div card(DialogueView d) {
    Div card = new Div();
    card.setId("dialogue-" + d.id());
    card.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-s)");
    card.add(
        new Paragraph(
            d.employeeName()
                + " · "
                + getTranslation("dialogue.appraiser")
                + ": "
                + d.appraiserName()
                + " · "
                + periodName(d.periodKind(), d.periodNumber(), d.year())
                + " · "
                + d.meetingDate()));
    card.add(labelled("dialogue.achievements", d.achievements()));
    card.add(labelled("dialogue.obstacles", d.obstacles()));
    UnorderedList list = new UnorderedList();
    d.developmentPlan().forEach(i -> list.add(new ListItem(item(i))));
    card.add(new Span(getTranslation("dialogue.developmentPlan")), list);
    recommendations(d).ifPresent(card::add);
    Span status = new Span(status(d));
    status.setId("dialogue-status-" + d.id());
    card.add(status);
    if (!d.confirmed()) {
      boolean iConfirmed =
          actor.nip().equals(d.employeeNip())
              ? d.employeeConfirmedAt() != null
              : d.appraiserConfirmedAt() != null;
      Button confirm =
          new Button(
              getTranslation("dialogue.confirm"),
              e -> act(() -> dialogues.confirm(d.id(), d.version())));
      confirm.setId("confirm-" + d.id());
      confirm.setEnabled(!iConfirmed);
      Button edit = new Button(getTranslation("dialogue.edit"), e -> open(d));
      edit.setId("edit-" + d.id());
      card.add(new HorizontalLayout(confirm, edit));
    }
    return card;
  }

  /** The recommendations for the dialogue's employee and period, each addable to its plan. */
  private Optional<Component> recommendations(DialogueView d) {
    Recommendations recommended;
    try {
      recommended = development.recommendationsByNip(d.employeeNip(), d.periodId());
    } catch (RuleViolation e) {
      return Optional.empty();
    }
    return Optional.of(
        new RecommendationsPanel(
            "recommendations-" + d.id(),
            recommended,
            r -> {
              if (d.confirmed()) {
                return Optional.empty();
              }
              Button add =
                  new Button(
                      getTranslation("development.addToPlan"),
                      e -> act(() -> dialogues.addRecommendation(d.id(), d.version(), r.code())));
              add.setId("add-recommendation-" + d.id() + "-" + r.code());
              add.addThemeVariants(ButtonVariant.LUMO_SMALL);
              add.setEnabled(
                  d.developmentPlan().stream()
                      .noneMatch(i -> i.description().equals(DialogueService.recommendedItem(r))));
              return Optional.of(add);
            }));
  }

  private String status(DialogueView d) {
    if (d.confirmed()) {
      return getTranslation("dialogue.final");
    }
    return getTranslation("dialogue.confirmedByEmployee")
        + ": "
        + time(d.employeeConfirmedAt())
        + " · "
        + getTranslation("dialogue.confirmedByAppraiser")
        + ": "
        + time(d.appraiserConfirmedAt());
  }

  private String time(OffsetDateTime at) {
    return at == null ? "-" : TIME.format(at);
  }

  private Paragraph labelled(String key, String text) {
    return new Paragraph(getTranslation(key) + ": " + (text == null ? "-" : text));
  }

  private String item(Development i) {
    return getTranslation("dialogue.kind." + i.kind().name())
        + ": "
        + i.description()
        + (i.targetDate() == null ? "" : " (" + i.targetDate() + ")");
  }

  private void open(DialogueView d) {
    editing = d;
    employee.setVisible(d == null);
    period.setVisible(d == null);
    employee.clear();
    period.clear();
    meetingDate.setValue(d == null ? LocalDate.now() : d.meetingDate());
    achievements.setValue(d == null || d.achievements() == null ? "" : d.achievements());
    obstacles.setValue(d == null || d.obstacles() == null ? "" : d.obstacles());
    plan.clear();
    if (d != null) {
      plan.addAll(d.developmentPlan());
    }
    showItems();
    editor.setVisible(true);
  }

  private void addItem() {
    if (itemKind.getValue() == null || itemDescription.getValue().isBlank()) {
      return;
    }
    plan.add(
        new Development(itemKind.getValue(), itemDescription.getValue(), itemTarget.getValue()));
    itemDescription.clear();
    itemTarget.clear();
    showItems();
  }

  private void showItems() {
    items.removeAll();
    UnorderedList list = new UnorderedList();
    for (Development i : List.copyOf(plan)) {
      Button remove =
          new Button(
              getTranslation("dialogue.removeItem"),
              e -> {
                plan.remove(i);
                showItems();
              });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      list.add(new ListItem(new Span(item(i)), remove));
    }
    items.add(list);
  }

  private void save() {
    DialogueInput input =
        new DialogueInput(
            meetingDate.getValue(),
            achievements.getValue(),
            obstacles.getValue(),
            List.copyOf(plan));
    if (editing == null) {
      if (employee.getValue() == null || period.getValue() == null) {
        Refusals.show(getTranslation("dialogue.chooseEmployeeAndPeriod"));
        return;
      }
      act(() -> dialogues.create(employee.getValue().nip(), period.getValue().id(), input));
    } else {
      act(() -> dialogues.edit(editing.id(), editing.version(), input));
    }
  }

  private void act(Supplier<DialogueView> change) {
    try {
      change.get();
      editor.setVisible(false);
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
    load();
  }

  private String periodName(PeriodView p) {
    return periodName(p.kind(), p.number(), p.year());
  }

  private String periodName(PeriodKind kind, int number, int year) {
    return periodName(this, kind, number, year);
  }

  /** A period's name in the language of {@code component}'s UI. */
  static String periodName(Component component, PeriodKind kind, int number, int year) {
    return switch (kind) {
      case YEAR -> component.getTranslation("periods.kind.YEAR", year);
      case QUARTER -> component.getTranslation("periods.kind.QUARTER", number, year);
      case MONTH -> component.getTranslation("periods.kind.MONTH", number, year);
    };
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dialogue.title") + " · Kinerja";
  }
}
