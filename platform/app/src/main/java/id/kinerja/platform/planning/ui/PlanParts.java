package id.kinerja.platform.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.service.PlanView;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Pieces both SKP views show: the status badge, an RHK with its IKI, errors. */
final class PlanParts {

  private PlanParts() {}

  /** The status as a badge. */
  static Span badge(Component owner, PlanStatus status) {
    Span badge = new Span(owner.getTranslation("plan.status." + status.name()));
    badge.getElement().getThemeList().add("badge");
    switch (status) {
      case APPROVED -> badge.getElement().getThemeList().add("success");
      case RETURNED -> badge.getElement().getThemeList().add("error");
      case SUPERSEDED -> badge.getElement().getThemeList().add("contrast");
      default -> {}
    }
    badge.setId("plan-status");
    return badge;
  }

  /** An RHK with its kind, supported RHK and indicators. */
  static Div result(Component owner, PlanView.ResultView r) {
    return result(owner, r, (indicator, item) -> {});
  }

  /** An RHK as {@link #result(Component, PlanView.ResultView)}, each IKI's item decorated. */
  static Div result(
      Component owner,
      PlanView.ResultView r,
      BiConsumer<PlanView.IndicatorView, ListItem> decorate) {
    Div box = new Div();
    box.setId("result-" + r.id());
    H4 title = new H4(owner.getTranslation("plan.kind." + r.kind().name()) + ": " + r.text());
    box.add(title);
    if (r.supportsText() != null) {
      box.add(new Paragraph(owner.getTranslation("plan.supports") + ": " + r.supportsText()));
    }
    UnorderedList indicators = new UnorderedList();
    indicators.setId("indicators-" + r.id());
    for (PlanView.IndicatorView i : r.indicators()) {
      ListItem item =
          new ListItem(
              i.text()
                  + " ("
                  + owner.getTranslation("plan.aspect." + i.aspect().name())
                  + ") — "
                  + owner.getTranslation("plan.targets")
                  + ": "
                  + targets(i.targets(), i.unit()));
      item.setId("indicator-" + i.id());
      decorate.accept(i, item);
      indicators.add(item);
    }
    box.add(indicators);
    return box;
  }

  static String targets(Map<Integer, String> targets, String unit) {
    String values =
        targets.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    return unit == null ? values : values + " " + unit;
  }

  /** The core value's name in the view's language. */
  static String label(Component owner, id.kinerja.platform.shared.domain.CoreValue value) {
    java.util.Locale locale = owner.getUI().map(UI::getLocale).orElse(java.util.Locale.ROOT);
    return "en".equals(locale.getLanguage()) ? value.labelEn() : value.labelId();
  }

  /** The link that downloads the plan as the official SKP PDF (served by the document feature). */
  static Anchor pdf(Component owner, long planId) {
    Anchor pdf =
        new Anchor("/dokumen/skp/" + planId + ".pdf", owner.getTranslation("plan.downloadPdf"));
    pdf.setId("plan-document");
    pdf.setRouterIgnore(true);
    return pdf;
  }
}
