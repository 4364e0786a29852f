package id.kinerja.platform.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.kinerja.platform.development.service.Recommendation;
import id.kinerja.platform.development.service.Recommendations;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Rekomendasi pengembangan": the training recommendations of one employee's period, each with its
 * kind and reason and an optional action, and a note for each plugin that failed.
 */
class RecommendationsPanel extends Div {

  private static final long serialVersionUID = 1L;

  /**
   * @param id the panel's component id
   * @param recommendations what to show
   * @param action the component offered next to a recommendation, if any
   */
  RecommendationsPanel(
      String id,
      Recommendations recommendations,
      Function<Recommendation, Optional<Component>> action) {
    setId(id);
    add(new Span(getTranslation("development.recommendations")));
    if (recommendations.entries().isEmpty()) {
      add(
          new Paragraph(
              getTranslation(
                  recommendations.rated()
                      ? "development.noneRecommended"
                      : "development.notRated")));
    }
    UnorderedList list = new UnorderedList();
    for (Recommendation r : recommendations.entries()) {
      ListItem item =
          new ListItem(
              new Span(
                  getTranslation("dialogue.kind." + r.kind().name())
                      + ": "
                      + r.title(getLocale())
                      + " ("
                      + r.code()
                      + ") · "
                      + r.reason(getLocale())));
      item.setId(id + "-" + r.code());
      action.apply(r).ifPresent(item::add);
      list.add(item);
    }
    add(list);
    recommendations
        .failures()
        .forEach(
            f -> {
              Paragraph note = new Paragraph(f.message(getLocale()));
              note.addClassName("plugin-failure");
              note.getStyle().set("color", "var(--lumo-error-text-color)");
              add(note);
            });
  }
}
