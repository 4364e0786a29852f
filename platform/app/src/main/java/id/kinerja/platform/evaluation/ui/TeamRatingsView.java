package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.evaluation.service.TeamMember;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pejabat penilai's penilaian: choose a period, see the team, rate each member in a dialog
 * (rating hasil kerja, rating perilaku kerja, notes per core value, with the predikat previewed),
 * and publish one rating or all drafts.
 */
@Route("penilaian")
@PermitAll
public class TeamRatingsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient AppraisalService ratings;
  private final transient Iterable<RatingInputSource> inputSources;
  private final transient PeriodService periods;

  final PeriodPicker picker;
  final Grid<TeamMember> team = new Grid<>();
  final Button publishAll = new Button();

  final Dialog dialog = new Dialog();
  final Select<Rating> resultRating;
  final Select<Rating> behaviourRating;
  final Span predicatePreview = new Span();
  final Div evidence = new Div();
  final Map<CoreValue, TextArea> coreValueNotes = new EnumMap<>(CoreValue.class);
  final TextArea note = new TextArea();
  final Button save = new Button();
  private TeamMember editing;

  /** Builds the view for the caller. */
  @Inject
  public TeamRatingsView(
      AppraisalService ratings, PeriodService periods, Instance<RatingInputSource> inputSources) {
    this(ratings, periods, (Iterable<RatingInputSource>) inputSources);
  }

  /** Builds the view with these input sources (tests). */
  TeamRatingsView(
      AppraisalService ratings, PeriodService periods, Iterable<RatingInputSource> inputSources) {
    this.ratings = ratings;
    this.inputSources = inputSources;
    this.periods = periods;

    picker = new PeriodPicker(periods, "rating", p -> refresh());
    publishAll.setText(getTranslation("rating.publishAll"));
    publishAll.setId("publish-all");
    publishAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publishAll.addClickListener(e -> act(() -> ratings.publishAll(picker.value().id())));
    HorizontalLayout toolbar = new HorizontalLayout(picker, publishAll);
    toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

    team.setId("rating-team");
    team.addColumn(TeamMember::name).setHeader(getTranslation("plan.employee")).setFlexGrow(2);
    team.addColumn(TeamMember::nip).setHeader("NIP");
    team.addColumn(TeamMember::positionName).setHeader(getTranslation("rating.position"));
    team.addColumn(m -> RatingParts.label(this, m.rating() == null ? null : m.rating().predicate()))
        .setHeader(getTranslation("rating.predicate"));
    team.addComponentColumn(
            m ->
                m.rating() == null
                    ? new Span(
                        getTranslation(m.planInForce() ? "rating.notRated" : "rating.noPlan"))
                    : RatingParts.badge(this, m.rating().status()))
        .setHeader(getTranslation("rating.status"));
    team.addComponentColumn(this::actions).setKey("actions");
    team.setAllRowsVisible(true);

    resultRating = RatingParts.ratingSelect(this, "result-rating", "rating.resultRating");
    behaviourRating = RatingParts.ratingSelect(this, "behaviour-rating", "rating.behaviourRating");
    resultRating.addValueChangeListener(e -> preview());
    behaviourRating.addValueChangeListener(e -> preview());
    predicatePreview.setId("predicate-preview");
    evidence.setId("rating-realisations");
    VerticalLayout form =
        new VerticalLayout(
            evidence, new HorizontalLayout(resultRating, behaviourRating), predicatePreview);
    for (CoreValue value : CoreValue.values()) {
      TextArea area = new TextArea(RatingParts.label(this, value));
      area.setId("note-" + value.name());
      area.setWidthFull();
      coreValueNotes.put(value, area);
      form.add(area);
    }
    note.setId("rating-note");
    note.setLabel(getTranslation("rating.note"));
    note.setWidthFull();
    form.add(note);
    save.setText(getTranslation("rating.save"));
    save.setId("save-rating");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> saveRating());
    Button cancel = new Button(getTranslation("rating.cancel"), e -> dialog.close());
    dialog.setId("rating-dialog");
    dialog.add(form);
    dialog.getFooter().add(cancel, save);

    add(new H2(getTranslation("rating.teamTitle")), toolbar, team);
    picker.load();
  }

  private void refresh() {
    boolean any = picker.value() != null;
    publishAll.setEnabled(any);
    team.setItems(
        any
            ? Refusals.attempt(() -> ratings.team(picker.value().id())).orElse(List.of())
            : List.of());
  }

  private HorizontalLayout actions(TeamMember m) {
    HorizontalLayout actions = new HorizontalLayout();
    RatingView r = m.rating();
    if (m.planInForce() && (r == null || r.status() == RatingStatus.DRAFT)) {
      Button rate = new Button(getTranslation("rating.rate"), e -> open(m));
      rate.setId("rate-" + m.nip());
      actions.add(rate);
    }
    if (r != null && r.status() == RatingStatus.DRAFT) {
      Button publish =
          new Button(
              getTranslation("rating.publish"),
              e -> act(() -> ratings.publish(r.id(), r.version())));
      publish.setId("publish-" + m.nip());
      actions.add(publish);
    }
    if (r != null && r.status() != RatingStatus.DRAFT) {
      actions.add(RatingParts.evaluationPdf(this, r.id()));
    }
    return actions;
  }

  private void open(TeamMember m) {
    editing = m;
    RatingView r = m.rating();
    resultRating.setValue(r == null ? null : r.resultRating());
    behaviourRating.setValue(r == null ? null : r.behaviourRating());
    coreValueNotes.forEach(
        (value, area) ->
            area.setValue(r == null ? "" : r.coreValueNotes().getOrDefault(value, "")));
    note.setValue(r == null || r.note() == null ? "" : r.note());
    dialog.setHeaderTitle(m.name());
    showInputs(m);
    preview();
    dialog.open();
  }

  /** The other features' inputs for rating this member in the chosen period. */
  private void showInputs(TeamMember m) {
    evidence.removeAll();
    for (RatingInputSource source : inputSources) {
      evidence.add(source.inputs(m.employeeId(), picker.value().id()));
    }
  }

  private void preview() {
    predicatePreview.setText(
        RatingParts.preview(this, resultRating.getValue(), behaviourRating.getValue()));
  }

  private void saveRating() {
    Map<CoreValue, String> notes = new EnumMap<>(CoreValue.class);
    coreValueNotes.forEach((value, area) -> notes.put(value, area.getValue()));
    RatingView r = editing.rating();
    Refusals.attempt(
            () ->
                ratings.rate(
                    picker.value().id(),
                    editing.employeeId(),
                    r == null ? null : r.version(),
                    new RatingInput(
                        resultRating.getValue(),
                        behaviourRating.getValue(),
                        notes,
                        note.getValue())))
        .ifPresent(saved -> dialog.close());
    refresh();
  }

  private void act(Supplier<?> change) {
    Refusals.attempt(change);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("rating.teamTitle") + " · Kinerja";
  }
}
