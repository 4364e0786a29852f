package id.kinerja.platform.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.kinerja.platform.feedback.service.AnswerInput;
import id.kinerja.platform.feedback.service.FeedbackResults;
import id.kinerja.platform.feedback.service.FeedbackResults.GroupCount;
import id.kinerja.platform.feedback.service.FeedbackResults.SourceResult;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.feedback.service.FeedbackSubject;
import id.kinerja.platform.feedback.service.SourceQuestions;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shell.ui.MockPortal;
import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The 360 feedback views and rating input, browserless, over an in-memory service. */
@ExtendWith(MockPortal.class)
class FeedbackViewsTest {

  private static final String PEGAWAI = "199508022023122007";
  private static final String PEER = "197805132004121065";

  /** One year with one month, open. */
  static class FakePeriods extends PeriodService {
    @Override
    public List<Integer> years() {
      return List.of(2038);
    }

    @Override
    public List<PeriodView> periods(int year) {
      return List.of(
          new PeriodView(
              1,
              year,
              PeriodKind.YEAR,
              0,
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 12, 31),
              Instant.EPOCH,
              PeriodState.OPEN,
              0),
          new PeriodView(
              2,
              year,
              PeriodKind.MONTH,
              1,
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 1, 31),
              Instant.EPOCH,
              PeriodState.OPEN,
              0));
    }
  }

  /** One peer to answer about, with one scale and one free-text question; results as given. */
  static class FakeFeedback extends FeedbackService {
    final List<String> submitted = new ArrayList<>();
    FeedbackResults results;

    @Override
    public List<FeedbackSubject> subjects(long periodId) {
      return List.of(
          new FeedbackSubject(
              7, PEER, "Semuel", "Guru", RespondentGroup.PEERS, !submitted.isEmpty()));
    }

    @Override
    public List<SourceQuestions> questions(long periodId, long employeeId) {
      return List.of(
          new SourceQuestions(
              "internal-360",
              "Umpan balik 360 internal",
              "Internal 360 feedback",
              List.of(
                  new FeedbackQuestion(
                      "loyal",
                      "Loyal",
                      "Loyal",
                      5,
                      CoreValues.LOYAL,
                      Set.of(RespondentGroup.PEERS)),
                  new FeedbackQuestion(
                      "comment", "Saran", "Suggestions", 0, null, Set.of(RespondentGroup.PEERS))),
              false));
    }

    @Override
    public void submit(long periodId, long employeeId, String sourceId, List<AnswerInput> answers) {
      submitted.add(
          MockPortal.actor().nip()
              + " "
              + periodId
              + " "
              + employeeId
              + " "
              + sourceId
              + " "
              + answers);
    }

    @Override
    public FeedbackResults myResults(long periodId) {
      return results;
    }

    @Override
    public FeedbackResults results(long employeeId, long periodId) {
      return results;
    }
  }

  private final FakeFeedback feedback = new FakeFeedback();

  @Test
  void theRespondentAnswersAboutAPeerWhoIsThenMarkedDone() {
    MockPortal.signIn(PEGAWAI, Set.of("employee"));
    GiveFeedbackView view = new GiveFeedbackView(feedback, new FakePeriods());
    UI.getCurrent().add(view);
    Button give = (Button) GridKt._getCellComponent(view.subjects, 0, "actions");
    assertEquals("give-" + PEER, give.getId().orElseThrow());
    _click(give);
    @SuppressWarnings("unchecked")
    Select<Integer> score = _get(Select.class, s -> s.withId("score-internal-360-loyal"));
    score.setValue(4);
    _get(TextArea.class, s -> s.withId("text-internal-360-comment")).setValue("Tepat waktu");
    _click(_get(Button.class, s -> s.withId("submit-internal-360")));
    assertEquals(
        List.of(
            PEGAWAI
                + " 2 7 internal-360 [AnswerInput[questionId=loyal, score=4, text=null],"
                + " AnswerInput[questionId=comment, score=null, text=Tepat waktu]]"),
        feedback.submitted);
    Span done = (Span) GridKt._getCellComponent(view.subjects, 0, "actions");
    assertEquals("done-" + PEER, done.getId().orElseThrow());
    assertEquals("Sudah diisi", done.getText());
  }

  @Test
  void theResultsShowScoresOfShownGroupsAndMarkWithheldGroups() {
    feedback.results =
        new FeedbackResults(
            3,
            "Margaretha",
            2,
            List.of(
                new SourceResult(
                    "internal-360",
                    "Umpan balik 360 internal",
                    "Internal 360 feedback",
                    4,
                    List.of(
                        new GroupCount(RespondentGroup.PEERS, 4, true),
                        new GroupCount(RespondentGroup.SUPERVISOR, 1, false)),
                    Map.of(CoreValues.LOYAL, new BigDecimal("75.0")),
                    Map.of("loyal", new BigDecimal("4.0")),
                    List.of("Selalu membantu"),
                    null,
                    null)));
    MockPortal.signIn(PEGAWAI, Set.of("employee"));
    UI.getCurrent().add(new FeedbackResultsView(feedback, new FakePeriods()));
    assertEquals(
        "Rekan kerja: 4 tanggapan",
        _get(ListItem.class, s -> s.withId("my-feedback-internal-360-group-PEERS")).getText());
    assertEquals(
        "Atasan: 1 dari 4 tanggapan, disembunyikan",
        _get(ListItem.class, s -> s.withId("my-feedback-internal-360-group-SUPERVISOR")).getText());
    assertEquals(
        "Loyal: 75.0 dari 100",
        _get(ListItem.class, s -> s.withId("my-feedback-internal-360-score-LOYAL")).getText());
  }

  @Test
  void theRatingScreenMarksAFailedPlugin() {
    feedback.results =
        new FeedbackResults(
            3,
            "Margaretha",
            2,
            List.of(
                new SourceResult(
                    "internal-360",
                    "Umpan balik 360 internal",
                    "Internal 360 feedback",
                    3,
                    List.of(new GroupCount(RespondentGroup.PEERS, 3, true)),
                    Map.of(),
                    Map.of(),
                    List.of(),
                    "Plugin internal-360 gagal: timeout",
                    "Plugin internal-360 failed: timeout")));
    MockPortal.signIn("196906151991011100", Set.of("employee"));
    Component inputs = new FeedbackRatingInputs(feedback).inputs(3, 2);
    UI.getCurrent().add(inputs);
    assertEquals("feedback-inputs", inputs.getId().orElseThrow());
    assertTrue(
        _get(Span.class, s -> s.withId("feedback-inputs-3-internal-360-failed"))
            .getText()
            .contains("gagal"));
  }
}
