package id.kinerja.platform.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
  final DialogueEditor editor;
  final Button create = new Button();

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
    editor =
        new DialogueEditor(
            dialogues,
            directory.directReports(actor.nip()),
            periods.years().stream().flatMap(y -> periods.periods(y).stream()).toList(),
            this::act);
    create.setId("new-dialogue");
    create.setText(getTranslation("dialogue.new"));
    create.addClickListener(e -> editor.open(null));
    create.setVisible(editor.hasReports());

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
    d.developmentPlan().forEach(i -> list.add(new ListItem(DialogueEditor.item(this, i))));
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
      Button edit = new Button(getTranslation("dialogue.edit"), e -> editor.open(d));
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

  private void act(Supplier<DialogueView> change) {
    try {
      change.get();
      editor.hide();
    } catch (RuleViolation e) {
      Refusals.show(e);
    }
    load();
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
