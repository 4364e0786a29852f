package id.kinerja.platform.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.ObjectionDecisionService;
import id.kinerja.platform.evaluation.service.ObjectionService;
import id.kinerja.platform.evaluation.service.ObjectionView;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.evaluation.service.TeamMember;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.ui.RealisationRatingInputs;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shell.ui.MockPortal;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rating views, browserless, over in-memory services. */
@ExtendWith(MockPortal.class)
class RatingViewsTest {

  private static final String PENILAI = "197806152003121004";
  private static final String PEGAWAI = "199001202015031002";
  private static final String ATASAN = "197405051996021010";

  /** Ratings in memory, recording the calls the views make, through the services' fakes. */
  static class FakeRatings {
    final List<String> calls = new ArrayList<>();
    RatingView rating;

    private static String caller() {
      return MockPortal.actor().nip();
    }

    /** The appraiser's service. */
    AppraisalService appraisals() {
      return new AppraisalService() {
        @Override
        public List<TeamMember> team(long periodId) {
          return List.of(new TeamMember(5, PEGAWAI, "Ahmad", "Perawat Ahli Muda", true, rating));
        }

        @Override
        public RatingView rate(long periodId, long employeeId, Long version, RatingInput input) {
          calls.add(
              "rate "
                  + caller()
                  + " "
                  + periodId
                  + " "
                  + employeeId
                  + " "
                  + version
                  + " "
                  + input.resultRating()
                  + " "
                  + input.behaviourRating()
                  + " "
                  + input.coreValueNotes().get(CoreValue.KOMPETEN));
          rating = sample(RatingStatus.DRAFT, null, Instant.now());
          return rating;
        }
      };
    }

    /** The readers' service. */
    RatingService readings() {
      return new RatingService() {
        @Override
        public List<RatingView> myRatings(int year) {
          return List.of(rating);
        }
      };
    }

    /** The employee's objections. */
    ObjectionService objections() {
      return new ObjectionService() {
        @Override
        public RatingView object(long ratingId, long version, String reason) {
          calls.add("object " + caller() + " " + ratingId + " " + reason);
          return rating;
        }
      };
    }

    /** The atasan's decisions. */
    ObjectionDecisionService decisions() {
      return new ObjectionDecisionService() {
        @Override
        public List<RatingView> objectionsToDecide() {
          return rating.status() == RatingStatus.OBJECTED ? List.of(rating) : List.of();
        }

        @Override
        public RatingView decide(
            long objectionId, long version, RatingInput granted, String reason) {
          calls.add(
              "decide "
                  + caller()
                  + " "
                  + objectionId
                  + " "
                  + (granted == null ? "reject" : granted.resultRating())
                  + " "
                  + reason);
          rating = sample(RatingStatus.PUBLISHED, null, Instant.now());
          return rating;
        }
      };
    }
  }

  static RatingView sample(RatingStatus status, ObjectionView objection, Instant deadline) {
    return new RatingView(
        9,
        3,
        2029,
        PeriodKind.QUARTER,
        1,
        PEGAWAI,
        "Ahmad",
        PENILAI,
        Rating.AS_EXPECTED,
        Rating.AS_EXPECTED,
        Predicate.BAIK,
        Map.of(),
        null,
        status,
        status == RatingStatus.DRAFT ? null : OffsetDateTime.now(ZoneOffset.UTC),
        status == RatingStatus.DRAFT ? null : deadline,
        objection,
        1);
  }

  /** One IKI with its target and a realisation with one piece of evidence and no feedback. */
  static class OneRealisation extends RealisationService {
    @Override
    public RealisationSheet forEmployeePeriod(long employeeId, long periodId) {
      RealisationSheet.RealisationView realisation =
          new RealisationSheet.RealisationView(
              1,
              20,
              periodId,
              "96%",
              "Laporan bulanan",
              OffsetDateTime.now(ZoneOffset.UTC),
              OffsetDateTime.now(ZoneOffset.UTC),
              List.of(
                  new RealisationSheet.EvidenceView(
                      1, EvidenceKind.LINK, "https://example.org", null, null, null, null, null)),
              List.of(),
              0);
      return new RealisationSheet(
          employeeId,
          PEGAWAI,
          "Ahmad",
          PENILAI,
          null,
          1L,
          List.of(
              new RealisationSheet.Row(
                  20,
                  ResultKind.UTAMA,
                  "Pelayanan",
                  "Cakupan imunisasi",
                  Aspect.KUANTITAS,
                  "%",
                  "95%",
                  true,
                  realisation)));
    }
  }

  /** The realisation feature's input to the rating form, over one realisation. */
  private static List<RatingInputSource> inputs() {
    return List.of(new RealisationRatingInputs(new OneRealisation()));
  }

  static class FakePeriods extends PeriodService {
    @Override
    public List<Integer> years() {
      return List.of(2029);
    }

    @Override
    public List<PeriodView> periods(int year) {
      LocalDate start = LocalDate.of(year, 1, 1);
      return List.of(
          new PeriodView(
              2, year, PeriodKind.YEAR, 0, start, start, Instant.now(), PeriodState.OPEN, 0),
          new PeriodView(
              3, year, PeriodKind.QUARTER, 1, start, start, Instant.now(), PeriodState.OPEN, 0));
    }
  }

  static class FakeRegistry extends TenantRegistry {
    @Override
    public TenantDefinition current() {
      return new TenantDefinition(
          "tanjungbalai",
          "Pemerintah Kota Tanjungbalai",
          TenantDefinition.Kind.KOTA,
          ZoneId.of("Asia/Jakarta"),
          List.of(),
          TenantDefinition.EvaluationPeriod.QUARTERLY,
          new TenantDefinition.Identity(
              "tanjungbalai", Optional.empty(), "kinerja-portal", "s3cret", Optional.empty()),
          Map.of(),
          TenantDefinition.Deadlines.DEFAULT,
          Optional.empty());
    }
  }

  private final FakeRatings ratings = new FakeRatings();

  private MyRatingsView myRatingsView() {
    return new MyRatingsView(
        ratings.readings(),
        ratings.objections(),
        new FakePeriods(),
        new FakeRegistry(),
        MockPortal.actor(),
        Clock.systemUTC());
  }

  private static void signInAs(String nip) {
    MockPortal.signIn(nip, Set.of("employee"));
  }

  @Test
  void theAppraiserRatesInADialogThatPreviewsThePredikatOfTheMatrix() {
    signInAs(PENILAI);
    TeamRatingsView view = new TeamRatingsView(ratings.appraisals(), new FakePeriods(), inputs());
    UI.getCurrent().add(view);
    assertEquals(PeriodKind.QUARTER, view.picker.value().kind(), "the year is not rated");
    assertEquals(1, GridKt._size(view.team));

    _click(action(view, "rate-" + PEGAWAI));
    assertTrue(
        view.evidence
            .getElement()
            .getTextRecursively()
            .contains(
                "Cakupan imunisasi: target 95%, realisasi 96% (1 bukti dukung, 0 umpan balik)"),
        view.evidence.getElement().getTextRecursively());
    view.resultRating.setValue(Rating.ABOVE_EXPECTATION);
    assertEquals("", view.predicatePreview.getText(), "no predikat before both ratings");
    view.behaviourRating.setValue(Rating.BELOW_EXPECTATION);
    assertEquals("Predikat kinerja: Kurang/Misconduct", view.predicatePreview.getText());
    view.behaviourRating.setValue(Rating.ABOVE_EXPECTATION);
    assertEquals("Predikat kinerja: Sangat Baik", view.predicatePreview.getText());
    _get(TextArea.class, s -> s.withId("note-KOMPETEN")).setValue("Rajin belajar");
    _click(_get(Button.class, s -> s.withId("save-rating")));

    assertEquals(
        List.of("rate " + PENILAI + " 3 5 null ABOVE_EXPECTATION ABOVE_EXPECTATION Rajin belajar"),
        ratings.calls);
    assertTrue(action(view, "publish-" + PEGAWAI).isVisible(), "a draft can be published");
  }

  private static Button action(TeamRatingsView view, String id) {
    return (Button)
        GridKt._getCellComponent(view.team, 0, "actions")
            .getChildren()
            .filter(c -> c.getId().orElse("").equals(id))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void theEvaluationPdfIsLinkedForPublishedRatingsNeverForADraft() {
    signInAs(PENILAI);
    ratings.rating = sample(RatingStatus.DRAFT, null, Instant.now());
    TeamRatingsView drafts = new TeamRatingsView(ratings.appraisals(), new FakePeriods(), inputs());
    UI.getCurrent().add(drafts);
    assertTrue(
        GridKt._getCellComponent(drafts.team, 0, "actions")
            .getChildren()
            .noneMatch(c -> c instanceof Anchor));
    ratings.rating = sample(RatingStatus.PUBLISHED, null, Instant.now());
    TeamRatingsView published =
        new TeamRatingsView(ratings.appraisals(), new FakePeriods(), inputs());
    UI.getCurrent().add(published);
    Anchor team =
        (Anchor)
            GridKt._getCellComponent(published.team, 0, "actions")
                .getChildren()
                .filter(c -> c instanceof Anchor)
                .findFirst()
                .orElseThrow();
    assertEquals("/dokumen/evaluasi/9.pdf", team.getHref());

    signInAs(PEGAWAI);
    MyRatingsView mine = myRatingsView();
    UI.getCurrent().add(mine);
    assertEquals(
        "/dokumen/evaluasi/9.pdf",
        ((Anchor) GridKt._getCellComponent(mine.grid, 0, "document")).getHref());
    assertEquals("/dokumen/evaluasi-tahunan/" + PEGAWAI + "/2029.pdf", mine.annualPdf.getHref());
  }

  @Test
  void theEmployeeMayObjectOnlyBeforeTheDeadline() {
    signInAs(PEGAWAI);
    ratings.rating = sample(RatingStatus.PUBLISHED, null, Instant.now().plus(1, ChronoUnit.DAYS));
    MyRatingsView view = myRatingsView();
    UI.getCurrent().add(view);
    assertFalse(view.object.isEnabled(), "nothing selected");
    view.grid.select(GridKt._get(view.grid, 0));
    assertTrue(view.object.isEnabled());
    _get(TextField.class, s -> s.withId("objection-reason")).setValue("Target tercapai");
    _click(view.object);
    assertEquals(List.of("object " + PEGAWAI + " 9 Target tercapai"), ratings.calls);

    ratings.rating = sample(RatingStatus.PUBLISHED, null, Instant.now().minusSeconds(1));
    MyRatingsView late = myRatingsView();
    UI.getCurrent().add(late);
    late.grid.select(GridKt._get(late.grid, 0));
    assertFalse(late.object.isEnabled());
  }

  @Test
  void theAtasanRejectsAnObjectionWithAReason() {
    signInAs(ATASAN);
    ObjectionView pending =
        new ObjectionView(
            11,
            9,
            "Target tercapai",
            OffsetDateTime.now(ZoneOffset.UTC),
            ObjectionStatus.PENDING,
            Rating.AS_EXPECTED,
            Rating.AS_EXPECTED,
            Predicate.BAIK,
            null,
            null,
            null,
            1);
    ratings.rating = sample(RatingStatus.OBJECTED, pending, Instant.now());
    ObjectionsView view = new ObjectionsView(ratings.decisions());
    UI.getCurrent().add(view);
    assertEquals(1, GridKt._size(view.grid));
    view.grid.select(GridKt._get(view.grid, 0));
    _get(TextField.class, s -> s.withId("decision-reason")).setValue("Sesuai bukti");
    _click(_get(Button.class, s -> s.withId("reject-objection")));
    assertEquals(List.of("decide " + ATASAN + " 11 reject Sesuai bukti"), ratings.calls);
    assertEquals(0, GridKt._size(view.grid));
  }
}
