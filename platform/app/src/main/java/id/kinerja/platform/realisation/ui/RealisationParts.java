package id.kinerja.platform.realisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.service.EvidenceDownload;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.EvidenceView;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/** Pieces both realisation views show: the period choice, an IKI's header, evidence, feedback. */
final class RealisationParts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private RealisationParts() {}

  /** The year choice: last, this and next year. */
  static Select<Integer> yearChoice(Component owner) {
    Select<Integer> year = new Select<>();
    year.setId("realisation-year");
    year.setLabel(owner.getTranslation("realisation.year"));
    int current = Year.now().getValue();
    year.setItems(current - 1, current, current + 1);
    year.setValue(current);
    return year;
  }

  /** The period choice of a year: its months or quarters, locked ones marked. */
  static Select<PeriodView> periodChoice(Component owner) {
    Select<PeriodView> period = new Select<>();
    period.setId("realisation-period");
    period.setLabel(owner.getTranslation("realisation.period"));
    period.setItemLabelGenerator(p -> periodLabel(owner, p));
    period.setEmptySelectionAllowed(false);
    return period;
  }

  /** Fills the period choice with the year's periodic periods, keeping the current one if any. */
  static void loadPeriods(PeriodService periods, Select<PeriodView> choice, Integer year) {
    List<PeriodView> items =
        year == null
            ? List.of()
            : periods.periods(year).stream().filter(p -> p.kind() != PeriodKind.YEAR).toList();
    choice.setItems(items);
    if (!items.isEmpty()) {
      choice.setValue(items.get(0));
    }
  }

  static String periodLabel(Component owner, PeriodView p) {
    String label = owner.getTranslation("realisation.period." + p.kind().name(), p.number());
    return p.state() == PeriodState.LOCKED
        ? label + " (" + owner.getTranslation("realisation.locked") + ")"
        : label;
  }

  /** An IKI with its RHK and the period's target. */
  static Div row(Component owner, RealisationSheet.Row row) {
    Div box = new Div();
    box.setId("row-" + row.indicatorId());
    box.add(new H4(row.resultText()));
    Paragraph indicator =
        new Paragraph(
            row.indicatorText()
                + " ("
                + owner.getTranslation("plan.aspect." + row.aspect().name())
                + ")");
    String unit = row.unit() == null ? "" : " " + row.unit();
    Span target =
        new Span(
            owner.getTranslation("realisation.target")
                + ": "
                + (row.target() == null ? "—" : row.target() + unit));
    target.setId("target-" + row.indicatorId());
    box.add(indicator, target);
    if (!row.inForce()) {
      Span earlier = new Span(" · " + owner.getTranslation("realisation.earlierVersion"));
      earlier.setId("earlier-version-" + row.indicatorId());
      box.add(earlier);
    }
    return box;
  }

  /**
   * The evidence of a realisation: files as download links, links as links.
   *
   * @param onRemove removes a piece of evidence; null when it cannot be removed
   */
  static UnorderedList evidence(
      Component owner,
      RealisationService service,
      RealisationView realisation,
      Consumer<EvidenceView> onRemove) {
    UnorderedList list = new UnorderedList();
    list.setId("evidence-" + realisation.id());
    for (EvidenceView e : realisation.evidence()) {
      ListItem item = new ListItem();
      item.setId("evidence-item-" + e.id());
      if (e.kind() == EvidenceKind.FILE) {
        Anchor file = new Anchor(download(service, e.id()), AttachmentType.DOWNLOAD, e.fileName());
        file.setId("evidence-file-" + e.id());
        item.add(file, new Span(" (" + kilobytes(e.sizeBytes()) + " KB)"));
      } else {
        Anchor link = new Anchor(e.url(), e.url());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setId("evidence-link-" + e.id());
        item.add(link);
      }
      if (onRemove != null) {
        Button remove =
            new Button(owner.getTranslation("realisation.removeEvidence"), x -> onRemove.accept(e));
        remove.setId("remove-evidence-" + e.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        item.add(remove);
      }
      list.add(item);
    }
    if (realisation.evidence().isEmpty()) {
      list.add(new ListItem(owner.getTranslation("realisation.noEvidence")));
    }
    return list;
  }

  /** The feedback entries, oldest first, with author and time. */
  static Div feedback(Component owner, RealisationView realisation) {
    Div box = new Div();
    box.setId("feedback-" + realisation.id());
    box.add(new H4(owner.getTranslation("realisation.feedback")));
    UnorderedList list = new UnorderedList();
    for (RealisationSheet.FeedbackView f : realisation.feedback()) {
      ListItem item =
          new ListItem(f.authorName() + " (" + TIME.format(f.givenAt()) + "): " + f.text());
      item.setId("feedback-item-" + f.id());
      list.add(item);
    }
    if (realisation.feedback().isEmpty()) {
      list.add(new ListItem(owner.getTranslation("realisation.noFeedback")));
    }
    box.add(list);
    return box;
  }

  /** Serves an evidence file as an attachment with its detected type, never sniffed. */
  private static DownloadHandler download(RealisationService service, long id) {
    return DownloadHandler.fromInputStream(
        event -> {
          try {
            EvidenceDownload file = service.download(id);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(
                new ByteArrayInputStream(file.content()),
                file.fileName(),
                file.contentType(),
                file.content().length);
          } catch (RuleViolation e) {
            return DownloadResponse.error(404);
          }
        });
  }

  private static long kilobytes(Long bytes) {
    return bytes == null ? 0 : Math.max(1, (bytes + 1023) / 1024);
  }
}
