package id.kinerja.platform.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendation;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dialogue view, browserless, over in-memory services. */
@ExtendWith(MockPortal.class)
class DialoguesViewTest {

  private static final String PENILAI = "198210112004122079";
  private static final String PEGAWAI = "199503312018021112";
  private static final PeriodView QUARTER =
      new PeriodView(
          5,
          2031,
          PeriodKind.QUARTER,
          1,
          LocalDate.of(2031, 1, 1),
          LocalDate.of(2031, 3, 31),
          Instant.parse("2031-04-05T16:59:59Z"),
          PeriodState.OPEN,
          0);

  /** One dialogue in memory, recording the calls. */
  static class FakeDialogues extends DialogueService {
    DialogueView dialogue;
    final List<String> calls = new ArrayList<>();
    RuleViolation refusal;

    @Override
    public List<DialogueView> mine() {
      String actorNip = MockPortal.actor().nip();
      return dialogue != null && dialogue.employeeNip().equals(actorNip)
          ? List.of(dialogue)
          : List.of();
    }

    @Override
    public List<DialogueView> ofMyReports() {
      String actorNip = MockPortal.actor().nip();
      return dialogue != null && dialogue.appraiserNip().equals(actorNip)
          ? List.of(dialogue)
          : List.of();
    }

    @Override
    public DialogueView create(String employeeNip, long periodId, DialogueInput input) {
      calls.add("create " + employeeNip + " " + periodId + " " + input);
      dialogue = view(input, null, null, 0);
      return dialogue;
    }

    @Override
    public DialogueView confirm(long id, long version) {
      if (refusal != null) {
        throw refusal;
      }
      String actorNip = MockPortal.actor().nip();
      calls.add("confirm " + actorNip + " " + version);
      OffsetDateTime now = OffsetDateTime.parse("2031-04-08T02:00:00Z");
      dialogue =
          view(
              new DialogueInput(
                  dialogue.meetingDate(),
                  dialogue.achievements(),
                  dialogue.obstacles(),
                  dialogue.developmentPlan()),
              actorNip.equals(PEGAWAI) ? now : dialogue.employeeConfirmedAt(),
              actorNip.equals(PENILAI) ? now : dialogue.appraiserConfirmedAt(),
              version + 1);
      return dialogue;
    }

    @Override
    public DialogueView addRecommendation(long id, long version, String code) {
      calls.add(
          "addRecommendation " + MockPortal.actor().nip() + " " + id + " v" + version + " " + code);
      return dialogue;
    }

    static DialogueView view(
        DialogueInput input, OffsetDateTime byEmployee, OffsetDateTime byAppraiser, long version) {
      return new DialogueView(
          9,
          PEGAWAI,
          "Sugeng Hartono",
          PENILAI,
          "Dyah Lestari",
          QUARTER.id(),
          2031,
          PeriodKind.QUARTER,
          1,
          input.meetingDate(),
          input.achievements(),
          input.obstacles(),
          input.developmentPlan(),
          byEmployee,
          byAppraiser,
          byEmployee != null && byAppraiser != null,
          version);
    }
  }

  private final FakeDialogues dialogues = new FakeDialogues();

  private final EmployeeDirectory directory =
      new EmployeeDirectory() {
        @Override
        public List<EmployeeSummary> directReports(String nip) {
          return nip.equals(PENILAI)
              ? List.of(
                  new EmployeeSummary(
                      2,
                      PEGAWAI,
                      "Sugeng Hartono",
                      "Pengelola Pengaduan Masyarakat",
                      PositionKind.PELAKSANA,
                      EmploymentType.PNS,
                      "Kecamatan Banyumanik",
                      PENILAI,
                      "Dyah Lestari",
                      0))
              : List.of();
        }
      };

  private final PeriodService periods =
      new PeriodService() {
        @Override
        public List<Integer> years() {
          return List.of(2031);
        }

        @Override
        public List<PeriodView> periods(int year) {
          return List.of(QUARTER);
        }
      };

  /** No recommendations unless a test gives some. */
  private final FakeDevelopment development = new FakeDevelopment();

  static class FakeDevelopment extends DevelopmentService {
    Recommendations recommendations;

    @Override
    public Recommendations recommendationsByNip(String employeeNip, long periodId) {
      return recommendations == null
          ? new Recommendations(2, employeeNip, periodId, false, List.of(), List.of())
          : recommendations;
    }
  }

  private DialoguesView openAs(String nip) {
    MockPortal.signIn(nip, Set.of("employee"));
    DialoguesView view =
        new DialoguesView(dialogues, directory, periods, development, MockPortal.actor());
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void theAppraiserRecordsADialogueWithADevelopmentPlanForADirectReport() {
    DialoguesView view = openAs(PENILAI);
    _click(_get(Button.class, s -> s.withId("new-dialogue")));
    assertTrue(view.editor.isVisible());
    view.editor.employee.setValue(view.editor.employee.getListDataView().getItem(0));
    view.editor.period.setValue(QUARTER);
    view.editor.meetingDate.setValue(LocalDate.of(2031, 4, 7));
    _get(TextArea.class, s -> s.withId("dialogue-achievements")).setValue("Pengaduan selesai");
    view.editor.itemKind.setValue(DevelopmentKind.COACHING);
    _get(TextField.class, s -> s.withId("item-description")).setValue("Coaching pengaduan");
    _click(_get(Button.class, s -> s.withId("add-item")));
    _click(_get(Button.class, s -> s.withId("save-dialogue")));

    assertEquals(
        List.of(
            "create "
                + PEGAWAI
                + " 5 "
                + new DialogueInput(
                    LocalDate.of(2031, 4, 7),
                    "Pengaduan selesai",
                    "",
                    List.of(
                        new Development(DevelopmentKind.COACHING, "Coaching pengaduan", null)))),
        dialogues.calls);
    assertFalse(view.editor.isVisible());
    _get(view.reports, com.vaadin.flow.component.html.Div.class, s -> s.withId("dialogue-9"));
  }

  @Test
  void eachSideConfirmsOnceAndAConfirmedDialogueOffersNoChange() {
    dialogues.dialogue =
        FakeDialogues.view(
            new DialogueInput(LocalDate.of(2031, 4, 7), "Capaian", "Kendala", List.of()),
            null,
            null,
            3);
    openAs(PEGAWAI);
    _click(_get(Button.class, s -> s.withId("confirm-9")));
    assertEquals(List.of("confirm " + PEGAWAI + " 3"), dialogues.calls);
    assertFalse(_get(Button.class, s -> s.withId("confirm-9")).isEnabled());

    UI.getCurrent().removeAll();
    openAs(PENILAI);
    _click(_get(Button.class, s -> s.withId("confirm-9")));
    assertTrue(dialogues.dialogue.confirmed());
    assertEquals(
        "Dikonfirmasi kedua pihak (final)",
        _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("dialogue-status-9"))
            .getText());
    assertTrue(_find(Button.class, s -> s.withId("edit-9")).isEmpty());
  }

  @Test
  void aRefusalIsShownAsAMessage() {
    dialogues.dialogue =
        FakeDialogues.view(
            new DialogueInput(LocalDate.of(2031, 4, 7), "Capaian", null, List.of()), null, null, 3);
    dialogues.refusal = RuleViolation.concurrentChange();
    openAs(PEGAWAI);
    _click(_get(Button.class, s -> s.withId("confirm-9")));
    NotificationsKt.expectNotifications(RuleViolation.concurrentChange().messageId());
    assertTrue(dialogues.calls.isEmpty());
  }

  @Test
  void theRecommendationsOfTheDialoguesPeriodAreShownAndOneIsAddedToItsPlan() {
    dialogues.dialogue =
        FakeDialogues.view(
            new DialogueInput(LocalDate.of(2031, 4, 7), "Capaian", null, List.of()), null, null, 3);
    development.recommendations =
        new Recommendations(
            2,
            PEGAWAI,
            QUARTER.id(),
            true,
            List.of(
                new Recommendation(
                    "BM-COACH-CAMAT",
                    "Coaching oleh atasan langsung",
                    "Coaching by the direct supervisor",
                    ActivityKind.COACHING,
                    "Predikat kinerja Butuh Perbaikan: Butuh Perbaikan atau lebih rendah.",
                    "Performance predikat Needs improvement: needs improvement or worse.",
                    "training-rules")),
            List.of());
    openAs(PENILAI);
    String text =
        _get(ListItem.class, s -> s.withId("recommendations-9-BM-COACH-CAMAT"))
            .getElement()
            .getTextRecursively();
    assertTrue(text.contains("Coaching oleh atasan langsung"), text);
    assertTrue(text.contains("Butuh Perbaikan"), text);
    Button add = _get(Button.class, s -> s.withId("add-recommendation-9-BM-COACH-CAMAT"));
    assertEquals("Tambahkan ke rencana pengembangan", add.getText());
    _click(add);
    assertEquals(List.of("addRecommendation " + PENILAI + " 9 v3 BM-COACH-CAMAT"), dialogues.calls);
  }
}
