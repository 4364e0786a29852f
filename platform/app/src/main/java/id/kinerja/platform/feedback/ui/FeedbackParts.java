package id.kinerja.platform.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.kinerja.platform.feedback.service.FeedbackResults;
import id.kinerja.platform.feedback.service.FeedbackResults.GroupCount;
import id.kinerja.platform.feedback.service.FeedbackResults.SourceResult;
import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;

/** How 360 results and respondent groups are shown, by the results page and the rating screen. */
final class FeedbackParts {

  private FeedbackParts() {}

  /** A respondent group's name in the owner's language. */
  static String group(Component owner, RespondentGroup group) {
    return owner.getTranslation("feedback.group." + group.name());
  }

  /** Whether the owner shows English. */
  static boolean english(Component owner) {
    return "en".equals(com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage());
  }

  /**
   * The results per source: per core value the score, per group the count (withheld groups marked),
   * a failed plugin marked, and the comments of the groups shown.
   */
  static Div results(Component owner, String id, FeedbackResults results) {
    Div box = new Div();
    box.setId(id);
    if (results.sources().isEmpty()) {
      box.add(new Paragraph(owner.getTranslation("feedback.noSources")));
    }
    for (SourceResult source : results.sources()) {
      Div part = new Div();
      part.setId(id + "-" + source.sourceId());
      part.add(new H4(english(owner) ? source.nameEn() : source.nameId()));
      if (source.failed()) {
        Span failure = new Span(english(owner) ? source.failureEn() : source.failureId());
        failure.setId(id + "-" + source.sourceId() + "-failed");
        failure.getElement().getThemeList().add("badge error");
        part.add(failure);
      }
      UnorderedList groups = new UnorderedList();
      for (GroupCount g : source.groups()) {
        ListItem item =
            new ListItem(
                g.shown()
                    ? owner.getTranslation(
                        "feedback.groupShown", group(owner, g.group()), g.respondents())
                    : owner.getTranslation(
                        "feedback.groupHidden",
                        group(owner, g.group()),
                        g.respondents(),
                        source.threshold()));
        item.setId(id + "-" + source.sourceId() + "-group-" + g.group().name());
        groups.add(item);
      }
      part.add(groups);
      if (source.coreValueScores().isEmpty()) {
        part.add(new Paragraph(owner.getTranslation("feedback.noScores")));
      } else {
        UnorderedList scores = new UnorderedList();
        for (String value : CoreValues.ALL) {
          BigDecimal score = source.coreValueScores().get(value);
          if (score != null) {
            ListItem item =
                new ListItem(
                    owner.getTranslation(
                        "feedback.coreValueScore",
                        owner.getTranslation("feedback.coreValue." + value),
                        score.toPlainString()));
            item.setId(id + "-" + source.sourceId() + "-score-" + value);
            scores.add(item);
          }
        }
        part.add(scores);
      }
      if (!source.comments().isEmpty()) {
        part.add(new Paragraph(owner.getTranslation("feedback.comments")));
        UnorderedList comments = new UnorderedList();
        source.comments().forEach(c -> comments.add(new ListItem(c)));
        part.add(comments);
      }
      box.add(part);
    }
    return box;
  }
}
