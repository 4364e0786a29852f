package id.kinerja.platform.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import id.kinerja.platform.indicator.service.FeedReceipt;
import id.kinerja.platform.indicator.service.FeedSummary;
import id.kinerja.platform.indicator.service.IndicatorFeeds;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's indicator data page, browserless. */
@ExtendWith(MockPortal.class)
class IndicatorFeedViewTest {

  private static final String ADMIN = "199203172014011012";
  private static final String PLUGIN = "administration-indicators";

  /** One enabled plugin; a file containing "bad" is refused naming its row. */
  static class FakeFeeds extends IndicatorFeeds {
    final List<String> imported = new ArrayList<>();
    List<String> feedable = List.of(PLUGIN);
    long records = 3;

    @Override
    public List<String> feedablePlugins() {
      return feedable;
    }

    @Override
    public List<FeedSummary> summaries() {
      return List.of(new FeedSummary(PLUGIN, records, Instant.parse("2026-11-20T03:00:00Z")));
    }

    @Override
    public FeedReceipt importCsv(String pluginId, byte[] csv) {
      String text = new String(csv, StandardCharsets.UTF_8);
      if (text.contains("bad")) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Tidak ada data yang disimpan. Baris 3: NIP 1 tidak dikenal di wilayah ini.",
            "Nothing was stored. Row 3: NIP 1 is not known in this region.");
      }
      imported.add(MockPortal.actor().nip() + ":" + MockPortal.actor().isAdmin() + ":" + pluginId);
      records += 2;
      return new FeedReceipt(pluginId, 2, 1, 1);
    }
  }

  private FakeFeeds feeds;

  @BeforeEach
  void setUp() {
    MockPortal.signIn(ADMIN, Set.of("employee", "admin"));
    feeds = new FakeFeeds();
  }

  private IndicatorFeedView open() {
    IndicatorFeedView view = new IndicatorFeedView(feeds);
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void anAcceptedFileIsStoredForTheChosenPluginAndTheSummaryFollows() {
    IndicatorFeedView view = open();
    assertEquals(3L, GridKt._get(view.summary, 0).records());
    view.receive("nip,id\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(ADMIN + ":true:" + PLUGIN), feeds.imported);
    assertEquals(
        "2 catatan diterima untuk administration-indicators: 1 baru, 1 diperbarui.",
        _get(Paragraph.class, s -> s.withId("feed-message")).getText());
    assertEquals(5L, GridKt._get(view.summary, 0).records());
  }

  @Test
  void aRefusedFileShowsTheRowsReasonsAndStoresNothing() {
    IndicatorFeedView view = open();
    view.receive("bad".getBytes(StandardCharsets.UTF_8));
    assertTrue(feeds.imported.isEmpty());
    assertEquals(
        "Tidak ada data yang disimpan. Baris 3: NIP 1 tidak dikenal di wilayah ini.",
        _get(Paragraph.class, s -> s.withId("feed-message")).getText());
  }

  @Test
  void withoutAnEnabledIndicatorPluginThereIsNoUpload() {
    feeds.feedable = List.of();
    open();
    assertTrue(_find(Paragraph.class, s -> s.withId("feed-no-plugins")).size() == 1);
    assertTrue(_find(com.vaadin.flow.component.upload.Upload.class).isEmpty());
  }
}
