package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.ObjectionService;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shell.ui.Refusals;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The employee's published ratings with their predikat, notes and objection status; a published
 * rating can be objected to, with a reason, until the region's deadline. Drafts are never shown.
 */
@Route("penilaian/saya")
@PermitAll
public class MyRatingsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RatingService ratings;
  private final transient ObjectionService objections;
  private final Actor actor;
  private final Clock clock;
  private final ZoneId zone;

  final Select<Integer> year = new Select<>();
  final Grid<RatingView> grid = new Grid<>();
  final Div detail = new Div();
  final Anchor annualPdf = new Anchor();
  final TextField reason = new TextField();
  final Button object = new Button();
  private RatingView selected;

  /** Builds the view for the caller. */
  @Inject
  public MyRatingsView(
      RatingService ratings,
      ObjectionService objections,
      PeriodService periods,
      TenantRegistry registry,
      Actor actor,
      Clock clock) {
    this.ratings = ratings;
    this.objections = objections;
    this.actor = actor;
    this.clock = clock;
    this.zone = registry.current().timeZone();

    year.setId("my-rating-year");
    year.setLabel(getTranslation("periods.year"));
    year.addValueChangeListener(e -> refresh());

    grid.setId("my-ratings");
    grid.addColumn(r -> RatingParts.period(this, r)).setHeader(getTranslation("periods.period"));
    grid.addColumn(r -> RatingParts.label(this, r.resultRating()))
        .setHeader(getTranslation("rating.resultRating"));
    grid.addColumn(r -> RatingParts.label(this, r.behaviourRating()))
        .setHeader(getTranslation("rating.behaviourRating"));
    grid.addColumn(r -> RatingParts.label(this, r.predicate()))
        .setHeader(getTranslation("rating.predicate"));
    grid.addComponentColumn(r -> RatingParts.badge(this, r.status()))
        .setHeader(getTranslation("rating.status"));
    grid.addColumn(
            r ->
                r.objection() == null
                    ? ""
                    : getTranslation("rating.objection." + r.objection().status().name()))
        .setHeader(getTranslation("rating.objection"));
    grid.addComponentColumn(r -> RatingParts.evaluationPdf(this, r.id())).setKey("document");
    grid.setAllRowsVisible(true);
    grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

    detail.setId("my-rating-detail");
    reason.setId("objection-reason");
    reason.setLabel(getTranslation("rating.objectionReason"));
    reason.setWidth("28em");
    object.setText(getTranslation("rating.object"));
    object.setId("object-rating");
    object.addThemeVariants(ButtonVariant.LUMO_ERROR);
    object.addClickListener(e -> objectToSelected());
    HorizontalLayout objection = new HorizontalLayout(reason, object);
    objection.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

    annualPdf.setId("annual-pdf");
    annualPdf.setText(getTranslation("document.annualPdf"));
    annualPdf.setRouterIgnore(true);
    HorizontalLayout top = new HorizontalLayout(year, annualPdf);
    top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(new H2(getTranslation("rating.mineTitle")), top, grid, detail, objection);
    List<Integer> years = periods.years();
    year.setItems(years);
    if (!years.isEmpty()) {
      year.setValue(years.get(0));
    } else {
      select(null);
    }
  }

  private void refresh() {
    annualPdf.setVisible(year.getValue() != null);
    annualPdf.setHref("/dokumen/evaluasi-tahunan/" + actor.nip() + "/" + year.getValue() + ".pdf");
    grid.setItems(year.getValue() == null ? List.of() : ratings.myRatings(year.getValue()));
    select(null);
  }

  private void select(RatingView rating) {
    selected = rating;
    detail.removeAll();
    boolean canObject =
        rating != null
            && rating.status() == RatingStatus.PUBLISHED
            && rating.objection() == null
            && clock.instant().isBefore(rating.objectionDeadline());
    object.setEnabled(canObject);
    reason.setEnabled(canObject);
    if (rating == null) {
      return;
    }
    rating
        .coreValueNotes()
        .forEach(
            (value, text) ->
                detail.add(new Paragraph(RatingParts.label(this, value) + ": " + text)));
    if (rating.note() != null) {
      detail.add(new Paragraph(getTranslation("rating.note") + ": " + rating.note()));
    }
    if (rating.objection() == null) {
      detail.add(
          new Paragraph(
              getTranslation("rating.objectionDeadline")
                  + ": "
                  + RatingParts.moment(this, rating.objectionDeadline(), zone)));
    } else {
      detail.add(
          new Paragraph(
              getTranslation("rating.objectionReason") + ": " + rating.objection().reason()));
      if (rating.objection().decisionReason() != null) {
        detail.add(
            new Paragraph(
                getTranslation("rating.decisionReason")
                    + ": "
                    + rating.objection().decisionReason()));
      }
    }
  }

  private void objectToSelected() {
    Refusals.attempt(() -> objections.object(selected.id(), selected.version(), reason.getValue()))
        .ifPresent(done -> reason.clear());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("rating.mineTitle") + " · Kinerja";
  }
}
