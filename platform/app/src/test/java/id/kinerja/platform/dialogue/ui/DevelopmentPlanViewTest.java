package id.kinerja.platform.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.PluginNote;
import id.kinerja.platform.development.service.Recommendation;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.shell.ui.MockPortal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The employee's development plan, browserless, over in-memory services. */
@ExtendWith(MockPortal.class)
class DevelopmentPlanViewTest {

  private static final String PEGAWAI = "199503312018021112";

  private final Recommendations latest =
      new Recommendations(
          2,
          PEGAWAI,
          5,
          true,
          List.of(
              new Recommendation(
                  "BM-PUBLIC-SPEAKING",
                  "Pelatihan Public Speaking",
                  "Public speaking training",
                  ActivityKind.TRAINING,
                  "Skor umpan balik 360 nilai Harmonis 45, di bawah 60.",
                  "360 feedback score for Harmonious 45, below 60.",
                  "training-rules")),
          List.of(
              new PluginNote(
                  "vendor-rules",
                  "Plugin vendor-rules gagal: timeout",
                  "Plugin vendor-rules failed: timeout")));

  private final DevelopmentService development =
      new DevelopmentService() {
        @Override
        public Optional<Recommendations> myLatest() {
          return MockPortal.actor().nip().equals(PEGAWAI) ? Optional.of(latest) : Optional.empty();
        }
      };

  private final DialogueService dialogues =
      new DialogueService() {
        @Override
        public List<DialogueView> mine() {
          OffsetDateTime at = OffsetDateTime.parse("2031-04-08T02:00:00Z");
          return List.of(
              DialoguesViewTest.FakeDialogues.view(
                  new DialogueInput(
                      LocalDate.of(2031, 4, 7),
                      "Capaian",
                      null,
                      List.of(
                          new Development(
                              DevelopmentKind.COACHING,
                              "Coaching penanganan pengaduan",
                              LocalDate.of(2031, 6, 30)))),
                  at,
                  at,
                  2));
        }
      };

  private DevelopmentPlanView openAs(String nip) {
    MockPortal.signIn(nip, Set.of("employee"));
    DevelopmentPlanView view = new DevelopmentPlanView(dialogues, development);
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void showsTheLatestRecommendationsWithReasonsAndPluginFailuresAndTheAgreedItemsWithStatus() {
    DevelopmentPlanView view = openAs(PEGAWAI);
    String item =
        _get(ListItem.class, s -> s.withId("my-recommendations-BM-PUBLIC-SPEAKING"))
            .getElement()
            .getTextRecursively();
    assertTrue(item.contains("Pelatihan Public Speaking"), item);
    assertTrue(item.contains("Harmonis 45"), item);
    Div panel = _get(Div.class, s -> s.withId("my-recommendations"));
    assertTrue(
        panel.getElement().getTextRecursively().contains("Plugin vendor-rules gagal: timeout"));

    assertEquals(1, GridKt._size(view.items));
    List<String> row = GridKt._getFormattedRow(view.items, 0);
    assertEquals("Coaching penanganan pengaduan", row.get(2));
    assertEquals("Disepakati (final)", row.get(4));
  }

  @Test
  void withoutAPublishedRatingItSaysThereIsNoRecommendationYet() {
    openAs("198210112004122079");
    assertEquals(
        "Belum ada penilaian yang diumumkan, sehingga belum ada rekomendasi.",
        _get(Paragraph.class, s -> s.withId("my-recommendations")).getText());
  }
}
