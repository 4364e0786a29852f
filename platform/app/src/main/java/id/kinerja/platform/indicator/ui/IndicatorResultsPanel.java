package id.kinerja.platform.indicator.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.kinerja.platform.indicator.service.IndicatorResult;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The plugin indicators of an employee for a period, read-only: per indicator the computed value,
 * the records behind it, the previous period and the trend, the plugin's note and guidance; an
 * indicator the employee enters, and a plugin that failed, say so.
 */
public class IndicatorResultsPanel extends Div {

  private static final long serialVersionUID = 1L;

  /** Reads the results through the service, with its access rules, and shows them. */
  public IndicatorResultsPanel(IndicatorResults results, long employeeId, long periodId) {
    setId("indicator-inputs");
    add(new H4(getTranslation("indicator.title")));
    Locale locale = getLocale();
    List<IndicatorResult> rows;
    try {
      rows = results.forEmployee(employeeId, periodId);
    } catch (RuleViolation e) {
      add(new Paragraph(e.message(locale)));
      return;
    }
    if (rows.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("indicator.none"));
      none.setId("indicator-none");
      add(none);
      return;
    }
    UnorderedList list = new UnorderedList();
    rows.forEach(r -> list.add(item(r, locale)));
    add(list);
  }

  private ListItem item(IndicatorResult r, Locale locale) {
    ListItem item = new ListItem();
    item.setId("indicator-" + r.pluginId() + "-" + (r.code() == null ? "failed" : r.code()));
    item.add(new Span(text(r, locale)));
    if (r.status() == IndicatorResult.Status.COMPUTED && !r.note(locale).isBlank()) {
      item.add(new Span(" " + r.note(locale)));
    }
    String guidance = r.guidance(locale);
    if (guidance != null && !guidance.isBlank() && r.status() != IndicatorResult.Status.FAILED) {
      Div hint = new Div(guidance);
      hint.getStyle().set("font-size", "var(--lumo-font-size-s)");
      hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
      item.add(hint);
    }
    return item;
  }

  /** The row's line in the viewer's language. */
  String text(IndicatorResult r, Locale locale) {
    String label = r.label(locale);
    return switch (r.status()) {
      case FAILED ->
          (label == null ? "" : label + ": ")
              + getTranslation("indicator.failed", r.pluginId(), r.failure());
      case ENTERED_BY_EMPLOYEE -> getTranslation("indicator.entered", label);
      case COMPUTED -> {
        String line =
            r.value() == null
                ? getTranslation("indicator.noData", label)
                : getTranslation(
                    "indicator.value",
                    label,
                    number(r.value()),
                    r.unit() == null ? "" : r.unit(),
                    r.basedOn());
        if (r.previousValue() != null) {
          line +=
              " "
                  + getTranslation(
                      "indicator.previous",
                      number(r.previousValue()),
                      getTranslation("indicator.trend." + r.trend().name()));
        }
        yield line;
      }
    };
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
