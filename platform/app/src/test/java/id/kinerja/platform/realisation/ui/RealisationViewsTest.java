package id.kinerja.platform.realisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.kinerja.platform.indicator.service.IndicatorResult;
import id.kinerja.platform.indicator.service.IndicatorResults;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.FeedbackView;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.realisation.service.TeamMember;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.MockPortal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The realisation views, browserless, over in-memory services. */
@ExtendWith(MockPortal.class)
class RealisationViewsTest {

  private static final String PEGAWAI = "199105212019012009";
  private static final String PENILAI = "198104272010031006";
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.UTC);

  /** One quarter of any year, open or locked. */
  /** A region without indicator plugins. */
  static final IndicatorResults NO_INDICATORS =
      new IndicatorResults() {
        @Override
        public List<IndicatorResult> forEmployee(long employeeId, long periodId) {
          return List.of();
        }
      };

  static class FakePeriods extends PeriodService {
    PeriodState state = PeriodState.OPEN;

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
              PeriodKind.QUARTER,
              1,
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 3, 31),
              Instant.EPOCH,
              state,
              0));
    }
  }

  /** One IKI with a target of 12, its realisation once recorded, and the feedback given. */
  static class FakeRealisations extends RealisationService {
    final FakePeriods periods;
    RealisationView realisation;
    final List<String> calls = new ArrayList<>();

    FakeRealisations(FakePeriods periods) {
      this.periods = periods;
    }

    RealisationSheet sheet() {
      return new RealisationSheet(
          5,
          PEGAWAI,
          "Yunita Sari",
          PENILAI,
          new RealisationSheet.PeriodInfo(
              2, 2026, PeriodKind.QUARTER, 1, Instant.EPOCH, periods.state),
          9L,
          List.of(
              new RealisationSheet.Row(
                  30,
                  ResultKind.UTAMA,
                  "Asuhan keperawatan bermutu",
                  "Pasien dirawat",
                  Aspect.KUANTITAS,
                  "pasien",
                  "12",
                  true,
                  realisation)));
    }

    @Override
    public long maxEvidenceBytes() {
      return 1024;
    }

    @Override
    public RealisationSheet mine(long periodId) {
      return sheet();
    }

    @Override
    public RealisationSheet forEmployeePeriod(long employeeId, long periodId) {
      calls.add("read " + MockPortal.actor().nip() + " " + employeeId + " " + periodId);
      return sheet();
    }

    @Override
    public List<TeamMember> team() {
      return List.of(new TeamMember(5, PEGAWAI, "Yunita Sari", "Perawat Ahli Muda"));
    }

    @Override
    public RealisationView record(
        long indicatorId, long periodId, Long version, String achieved, String description) {
      calls.add(
          "record "
              + MockPortal.actor().nip()
              + " "
              + indicatorId
              + " "
              + periodId
              + " "
              + version
              + " "
              + achieved);
      if (achieved.isBlank()) {
        throw new RuleViolation(RuleViolation.Kind.INVALID, "Realisasi wajib diisi.", "Required.");
      }
      realisation =
          new RealisationView(
              40,
              indicatorId,
              periodId,
              achieved,
              description,
              AT,
              AT,
              List.of(),
              realisation == null ? List.of() : realisation.feedback(),
              0);
      return realisation;
    }

    @Override
    public RealisationView giveFeedback(long realisationId, String text) {
      String nip = MockPortal.actor().nip();
      calls.add("feedback " + nip + " " + realisationId + " " + text);
      List<FeedbackView> feedback = new ArrayList<>(realisation.feedback());
      feedback.add(new FeedbackView(50, nip, "Ferry Ramadhan", text, AT));
      realisation =
          new RealisationView(
              40, 30, 2, realisation.achieved(), null, AT, AT, List.of(), feedback, 0);
      return realisation;
    }
  }

  private final FakePeriods periods = new FakePeriods();
  private final FakeRealisations realisations = new FakeRealisations(periods);

  private static void signInAs(String nip) {
    MockPortal.signIn(nip, Set.of("employee"));
  }

  @Test
  void theEmployeeRecordsTheAchievedValueOfAnIkiAgainstItsTargetThenMayAddEvidence() {
    signInAs(PEGAWAI);
    UI.getCurrent().add(new MyRealisationsView(realisations, periods, NO_INDICATORS));
    assertEquals("Target: 12 pasien", _get(Span.class, s -> s.withId("target-30")).getText());
    assertTrue(_find(Upload.class).isEmpty());

    _click(_get(Button.class, s -> s.withId("save-30")));
    assertEquals("record " + PEGAWAI + " 30 2 null ", realisations.calls.get(0));
    _get(com.vaadin.flow.component.notification.Notification.class, s -> s.withId("error"));

    _get(TextField.class, s -> s.withId("achieved-30")).setValue("11");
    _get(TextArea.class, s -> s.withId("description-30")).setValue("Sebelas pasien");
    _click(_get(Button.class, s -> s.withId("save-30")));
    assertEquals("record " + PEGAWAI + " 30 2 null 11", realisations.calls.get(1));
    assertEquals("11", _get(TextField.class, s -> s.withId("achieved-30")).getValue());
    _get(Upload.class, s -> s.withId("upload-40"));
    _get(TextField.class, s -> s.withId("link-40"));
    _get(ListItem.class, s -> s.withText("Belum ada umpan balik."));

    _click(_get(Button.class, s -> s.withId("save-30")));
    assertEquals("record " + PEGAWAI + " 30 2 0 11", realisations.calls.get(2));
  }

  @Test
  void aLockedPeriodIsShownReadOnly() {
    periods.state = PeriodState.LOCKED;
    realisations.realisation =
        new RealisationView(40, 30, 2, "12", null, AT, AT, List.of(), List.of(), 3);
    signInAs(PEGAWAI);
    UI.getCurrent().add(new MyRealisationsView(realisations, periods, NO_INDICATORS));
    assertTrue(_get(TextField.class, s -> s.withId("achieved-30")).isReadOnly());
    assertTrue(_find(Button.class, s -> s.withId("save-30")).isEmpty());
    assertTrue(_find(Upload.class).isEmpty());
  }

  @Test
  void theAppraiserReadsAReportsRealisationAndGivesFeedbackTheEmployeeThenSees() {
    realisations.realisation =
        new RealisationView(40, 30, 2, "12", "Dua belas", AT, AT, List.of(), List.of(), 0);
    signInAs(PENILAI);
    TeamRealisationsView team = new TeamRealisationsView(realisations, periods);
    UI.getCurrent().add(team);
    team.member.setValue(team.member.getListDataView().getItem(0));
    assertEquals("read " + PENILAI + " 5 2", realisations.calls.get(0));
    assertEquals(
        "Realisasi: 12 — Dua belas", _get(Paragraph.class, s -> s.withId("achieved-30")).getText());

    _get(TextArea.class, s -> s.withId("feedback-text-40")).setValue("Lampirkan rekap pasien.");
    _click(_get(Button.class, s -> s.withId("give-feedback-40")));
    assertEquals("feedback " + PENILAI + " 40 Lampirkan rekap pasien.", realisations.calls.get(1));
    _get(ListItem.class, s -> s.withId("feedback-item-50"));

    UI.getCurrent().removeAll();
    signInAs(PEGAWAI);
    UI.getCurrent().add(new MyRealisationsView(realisations, periods, NO_INDICATORS));
    assertTrue(
        _get(ListItem.class, s -> s.withId("feedback-item-50"))
            .getText()
            .endsWith("Lampirkan rekap pasien."));
  }
}
