package id.kinerja.platform.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.shared.domain.CoreValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Pieces the rating views share: labels in the view's language, a rating select, errors. */
final class RatingParts {

  private RatingParts() {}

  static Locale locale(Component owner) {
    return owner.getUI().map(UI::getLocale).orElse(Locale.ROOT);
  }

  static boolean english(Component owner) {
    return "en".equals(locale(owner).getLanguage());
  }

  /**
   * The link to a rating's evaluation as PDF, served by the document feature's download servlet
   * (where the portal session counts), which decides who may download it.
   */
  static Anchor evaluationPdf(Component owner, long ratingId) {
    Anchor pdf =
        new Anchor(
            "/dokumen/evaluasi/" + ratingId + ".pdf",
            owner.getTranslation("document.evaluationPdf"));
    pdf.setId("evaluation-pdf-" + ratingId);
    pdf.setRouterIgnore(true);
    return pdf;
  }

  static String label(Component owner, Rating rating) {
    return rating == null ? "" : english(owner) ? rating.labelEn() : rating.labelId();
  }

  static String label(Component owner, Predicate predicate) {
    return predicate == null ? "" : english(owner) ? predicate.labelEn() : predicate.labelId();
  }

  static String label(Component owner, CoreValue value) {
    return english(owner) ? value.labelEn() : value.labelId();
  }

  static String period(Component owner, RatingView r) {
    return PeriodPicker.label(owner, r.periodKind(), r.periodNumber(), r.year());
  }

  static String moment(Component owner, Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale(owner))
            .withZone(zone)
            .format(instant)
        + " "
        + zone.getId();
  }

  /** The status as a badge; a rating under objection is marked. */
  static Span badge(Component owner, RatingStatus status) {
    Span badge = new Span(owner.getTranslation("rating.status." + status.name()));
    badge.getElement().getThemeList().add("badge");
    switch (status) {
      case PUBLISHED -> badge.getElement().getThemeList().add("success");
      case OBJECTED -> badge.getElement().getThemeList().add("error");
      default -> {}
    }
    return badge;
  }

  /** A select of the three ratings with their labels. */
  static Select<Rating> ratingSelect(Component owner, String id, String labelKey) {
    Select<Rating> select = new Select<>();
    select.setId(id);
    select.setLabel(owner.getTranslation(labelKey));
    select.setItems(Rating.values());
    select.setItemLabelGenerator(r -> label(owner, r));
    return select;
  }

  /** The predikat the two ratings give, or an empty text until both are chosen. */
  static String preview(Component owner, Rating result, Rating behaviour) {
    return result == null || behaviour == null
        ? ""
        : owner.getTranslation("rating.predicate")
            + ": "
            + label(owner, Predicate.of(result, behaviour));
  }
}
