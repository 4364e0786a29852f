package id.kinerja.platform.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The caller's development plan: the training recommendations of their latest period with a
 * published rating, and the development items agreed in their performance dialogues with whether
 * the dialogue is final. It lives with the dialogues because the items are theirs; the development
 * feature must not depend on the dialogue feature.
 */
@Route("pengembangan")
@PermitAll
public class DevelopmentPlanView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  /** One agreed item with the dialogue it was agreed in. */
  record AgreedItem(DialogueView dialogue, Development item) {}

  final Grid<AgreedItem> items = new Grid<>();

  /** Builds the view for the caller. */
  @Inject
  public DevelopmentPlanView(DialogueService dialogues, DevelopmentService development) {
    add(new H2(getTranslation("development.title")));

    Optional<Recommendations> latest = development.myLatest();
    add(
        latest
            .<Component>map(
                r -> new RecommendationsPanel("my-recommendations", r, x -> Optional.empty()))
            .orElseGet(
                () -> {
                  Paragraph none = new Paragraph(getTranslation("development.notRated"));
                  none.setId("my-recommendations");
                  return none;
                }));

    List<AgreedItem> agreed =
        dialogues.mine().stream()
            .flatMap(d -> d.developmentPlan().stream().map(i -> new AgreedItem(d, i)))
            .toList();
    items.setId("agreed-items");
    items
        .addColumn(
            a ->
                DialoguesView.periodName(
                    this,
                    a.dialogue().periodKind(),
                    a.dialogue().periodNumber(),
                    a.dialogue().year()))
        .setHeader(getTranslation("dialogue.period"));
    items
        .addColumn(a -> getTranslation("dialogue.kind." + a.item().kind().name()))
        .setHeader(getTranslation("dialogue.itemKind"));
    items
        .addColumn(a -> a.item().description())
        .setHeader(getTranslation("dialogue.itemDescription"))
        .setFlexGrow(3);
    items
        .addColumn(a -> a.item().targetDate() == null ? "-" : a.item().targetDate().toString())
        .setHeader(getTranslation("dialogue.itemTarget"));
    items
        .addColumn(
            a ->
                getTranslation(
                    a.dialogue().confirmed() ? "development.agreed" : "development.awaiting"))
        .setHeader(getTranslation("development.status"));
    items.setItems(agreed);
    items.setAllRowsVisible(true);
    add(new H3(getTranslation("development.agreedItems")));
    add(agreed.isEmpty() ? new Paragraph(getTranslation("dialogue.none")) : items);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("development.title") + " · Kinerja";
  }
}
