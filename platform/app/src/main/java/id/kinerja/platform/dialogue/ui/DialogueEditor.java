package id.kinerja.platform.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shell.ui.Refusals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The form of a dialogue on the dialogues page: a new one with a direct report for a period, or the
 * content of one being edited, with its development plan built item by item.
 */
class DialogueEditor extends Div {

  private static final long serialVersionUID = 1L;

  private final transient DialogueService dialogues;
  private final SerializableConsumer<Supplier<DialogueView>> submit;

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

  /**
   * The editor, hidden.
   *
   * @param reports the caller's direct reports, for a new dialogue
   * @param periods the periods to choose from
   * @param submit runs a change and hides the editor if it was not refused
   */
  DialogueEditor(
      DialogueService dialogues,
      List<EmployeeSummary> reports,
      List<PeriodView> periods,
      SerializableConsumer<Supplier<DialogueView>> submit) {
    this.dialogues = dialogues;
    this.submit = submit;
    setId("dialogue-editor");
    employee.setId("dialogue-employee");
    employee.setLabel(getTranslation("dialogue.employee"));
    employee.setItems(reports);
    employee.setItemLabelGenerator(e -> e.name() + " (" + e.nip() + ")");
    period.setId("dialogue-period");
    period.setLabel(getTranslation("dialogue.period"));
    period.setItems(periods);
    period.setItemLabelGenerator(
        p -> DialoguesView.periodName(this, p.kind(), p.number(), p.year()));
    meetingDate.setId("dialogue-date");
    meetingDate.setLabel(getTranslation("dialogue.meetingDate"));
    achievements.setId("dialogue-achievements");
    achievements.setLabel(getTranslation("dialogue.achievements"));
    achievements.setWidthFull();
    obstacles.setId("dialogue-obstacles");
    obstacles.setLabel(getTranslation("dialogue.obstacles"));
    obstacles.setWidthFull();
    items.setId("dialogue-items");
    add(
        new H3(getTranslation("dialogue.editorTitle")),
        new HorizontalLayout(employee, period, meetingDate),
        achievements,
        obstacles,
        new Span(getTranslation("dialogue.developmentPlan")),
        items,
        itemForm(),
        new HorizontalLayout(save, new Button(getTranslation("dialogue.cancel"), e -> hide())));
    setVisible(false);
  }

  private HorizontalLayout itemForm() {
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
    HorizontalLayout form = new HorizontalLayout(itemKind, itemDescription, itemTarget, addItem);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return form;
  }

  /** Whether the caller has direct reports to record a dialogue with. */
  boolean hasReports() {
    return employee.getListDataView().getItems().findAny().isPresent();
  }

  /** Opens the editor on a dialogue, or on a new one if {@code d} is null. */
  void open(DialogueView d) {
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
    setVisible(true);
  }

  void hide() {
    setVisible(false);
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
      list.add(new ListItem(new Span(item(this, i)), remove));
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
    DialogueView d = editing;
    if (d != null) {
      submit.accept(() -> dialogues.edit(d.id(), d.version(), input));
    } else if (employee.getValue() == null || period.getValue() == null) {
      Refusals.show(getTranslation("dialogue.chooseEmployeeAndPeriod"));
    } else {
      String nip = employee.getValue().nip();
      long periodId = period.getValue().id();
      submit.accept(() -> dialogues.create(nip, periodId, input));
    }
  }

  /** A development plan item as the owner's language reads it. */
  static String item(Component owner, Development i) {
    return owner.getTranslation("dialogue.kind." + i.kind().name())
        + ": "
        + i.description()
        + (i.targetDate() == null ? "" : " (" + i.targetDate() + ")");
  }
}
