package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.service.ObjectionDecisionService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.shell.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The atasan pejabat penilai's keberatan: the pending objections to decide, each rejected (the
 * rating stays) or granted with new ratings, always with a reason; the decision is final.
 */
@Route("keberatan")
@PermitAll
public class ObjectionsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient ObjectionDecisionService decisions;

  final Grid<RatingView> grid = new Grid<>();
  final Div detail = new Div();
  final Select<Rating> resultRating;
  final Select<Rating> behaviourRating;
  final Span predicatePreview = new Span();
  final TextField reason = new TextField();
  final Button grant = new Button();
  final Button reject = new Button();
  private RatingView selected;

  /** Builds the view for the caller. */
  @Inject
  public ObjectionsView(ObjectionDecisionService decisions) {
    this.decisions = decisions;

    grid.setId("objections");
    grid.addColumn(RatingView::employeeName).setHeader(getTranslation("plan.employee"));
    grid.addColumn(RatingView::employeeNip).setHeader("NIP");
    grid.addColumn(r -> RatingParts.period(this, r)).setHeader(getTranslation("periods.period"));
    grid.addColumn(r -> RatingParts.label(this, r.predicate()))
        .setHeader(getTranslation("rating.predicate"));
    grid.setAllRowsVisible(true);
    grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

    detail.setId("objection-detail");
    resultRating = RatingParts.ratingSelect(this, "granted-result-rating", "rating.resultRating");
    behaviourRating =
        RatingParts.ratingSelect(this, "granted-behaviour-rating", "rating.behaviourRating");
    resultRating.addValueChangeListener(e -> preview());
    behaviourRating.addValueChangeListener(e -> preview());
    predicatePreview.setId("granted-predicate-preview");
    reason.setId("decision-reason");
    reason.setLabel(getTranslation("rating.decisionReason"));
    reason.setWidth("28em");
    grant.setText(getTranslation("rating.grant"));
    grant.setId("grant-objection");
    grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    grant.addClickListener(
        e ->
            decide(
                new RatingInput(resultRating.getValue(), behaviourRating.getValue(), null, null)));
    reject.setText(getTranslation("rating.reject"));
    reject.setId("reject-objection");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reject.addClickListener(e -> decide(null));
    HorizontalLayout granted =
        new HorizontalLayout(resultRating, behaviourRating, predicatePreview);
    granted.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    HorizontalLayout decision = new HorizontalLayout(reason, grant, reject);
    decision.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

    add(new H2(getTranslation("rating.objectionsTitle")), grid, detail, granted, decision);
    refresh();
  }

  private void refresh() {
    grid.setItems(decisions.objectionsToDecide());
    select(null);
  }

  private void select(RatingView rating) {
    selected = rating;
    detail.removeAll();
    grant.setEnabled(rating != null);
    reject.setEnabled(rating != null);
    resultRating.clear();
    behaviourRating.clear();
    if (rating == null) {
      return;
    }
    detail.add(
        new Paragraph(
            getTranslation("rating.resultRating")
                + ": "
                + RatingParts.label(this, rating.resultRating())
                + " · "
                + getTranslation("rating.behaviourRating")
                + ": "
                + RatingParts.label(this, rating.behaviourRating())),
        new Paragraph(
            getTranslation("rating.objectionReason") + ": " + rating.objection().reason()));
  }

  private void preview() {
    predicatePreview.setText(
        RatingParts.preview(this, resultRating.getValue(), behaviourRating.getValue()));
  }

  private void decide(RatingInput granted) {
    Refusals.attempt(
            () ->
                decisions.decide(
                    selected.objection().id(),
                    selected.objection().version(),
                    granted,
                    reason.getValue()))
        .ifPresent(done -> reason.clear());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("rating.objectionsTitle") + " · Kinerja";
  }
}
