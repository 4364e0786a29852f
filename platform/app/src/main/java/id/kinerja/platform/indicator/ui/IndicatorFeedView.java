package id.kinerja.platform.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.platform.indicator.service.FeedReceipt;
import id.kinerja.platform.indicator.service.FeedSummary;
import id.kinerja.platform.indicator.service.IndicatorFeeds;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The admin's indicator data: a CSV upload per enabled indicator plugin (stored whole or not at
 * all, bad rows named) and each plugin's feed so far.
 */
@Route("admin/data-indikator")
@RolesAllowed("admin")
public class IndicatorFeedView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  /** Larger feeds go through the REST API. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final transient IndicatorFeeds feeds;
  final Select<String> plugin = new Select<>();
  final Upload upload = new Upload();
  final Paragraph message = new Paragraph();
  final Grid<FeedSummary> summary = new Grid<>();

  /** Builds the upload form and the summary. */
  @Inject
  public IndicatorFeedView(IndicatorFeeds feeds) {
    this.feeds = feeds;
    add(new H2(getTranslation("indicatorFeed.title")));
    List<String> plugins = feeds.feedablePlugins();
    if (plugins.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("indicatorFeed.noPlugins"));
      none.setId("feed-no-plugins");
      add(none);
      return;
    }
    plugin.setId("feed-plugin");
    plugin.setLabel(getTranslation("indicatorFeed.plugin"));
    plugin.setItems(plugins);
    plugin.setValue(plugins.get(0));
    upload.setId("feed-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, data) -> upload.getUI().ifPresent(ui -> ui.access(() -> receive(data)))));
    upload.addFileRejectedListener(e -> show(getTranslation("indicatorFeed.fileRejected")));
    message.setId("feed-message");
    summary.setId("feed-summary");
    summary.addColumn(FeedSummary::pluginId).setHeader(getTranslation("indicatorFeed.plugin"));
    summary.addColumn(FeedSummary::records).setHeader(getTranslation("indicatorFeed.records"));
    summary
        .addColumn(
            s ->
                s.lastReceived() == null
                    ? getTranslation("indicatorFeed.never")
                    : SHOWN.format(s.lastReceived()))
        .setHeader(getTranslation("indicatorFeed.lastReceived"));
    summary.setAllRowsVisible(true);
    add(new Paragraph(getTranslation("indicatorFeed.help")), plugin, upload, message, summary);
    refresh();
  }

  /** Stores an uploaded file for the chosen plugin and shows the outcome. */
  void receive(byte[] csv) {
    try {
      FeedReceipt receipt = feeds.importCsv(plugin.getValue(), csv);
      show(
          getTranslation(
              "indicatorFeed.received",
              receipt.received(),
              receipt.pluginId(),
              receipt.created(),
              receipt.updated()));
    } catch (RuleViolation e) {
      show(e.message(getLocale()));
    }
    refresh();
  }

  private void show(String text) {
    message.setText(text);
  }

  private void refresh() {
    try {
      summary.setItems(feeds.summaries());
    } catch (RuleViolation e) {
      show(e.message(getLocale()));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("indicatorFeed.title") + " · Kinerja";
  }
}
