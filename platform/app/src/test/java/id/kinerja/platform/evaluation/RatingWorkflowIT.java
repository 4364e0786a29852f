package id.kinerja.platform.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.evaluation.domain.FunctionalLevel;
import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.AnnualEvaluationService;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.ObjectionDecided;
import id.kinerja.platform.evaluation.service.ObjectionDecisionService;
import id.kinerja.platform.evaluation.service.ObjectionFiled;
import id.kinerja.platform.evaluation.service.ObjectionService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingPublished;
import id.kinerja.platform.evaluation.service.RatingRow;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.evaluation.service.TeamMember;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.PlanFixtures;
import id.kinerja.platform.planning.PlanFixtures.Approver;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Periodic ratings, publication, objections and the yearly evaluation inside the real WAR on Payara
 * Micro and PostgreSQL, acting as demo employees of Tanjungbalai (quarterly) in 2029 (and 2039 for
 * the yearly evaluation), a region and years the other integration tests do not use. The approved
 * plans (Sekda → Kepala Dinas Kesehatan → Kepala Puskesmas → the nurses and doctor rated) and the
 * year's periods are created once, by the first test that needs them; each test rates its own
 * employees and quarters, so the tests run in any order.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class RatingWorkflowIT {

  private static final String REGION = "tanjungbalai";
  private static final String BUNGO = "bungo";
  private static final int YEAR = 2029;

  /**
   * The year of the yearly evaluation's test, so that no other test's ratings count in it; before
   * DevelopmentIT's 2040, whose test reads the same employee's latest published rating.
   */
  private static final int ANNUAL_YEAR = 2039;

  /** Sekretaris Daerah: the top of the tree. */
  private static final String SEKDA = "196908281998042037";

  /** The pengelola kinerja (demo admin). */
  private static final String ADMIN = "198503122010012003";

  /** Kepala Dinas Kesehatan: the atasan pejabat penilai of the puskesmas staff. */
  private static final String KADINKES = "197405051996021010";

  /** Kepala UPTD Puskesmas Datuk Bandar: the demo penilai. */
  private static final String PENILAI = "197806152003121004";

  /** Perawat Ahli Muda: the demo pegawai. */
  private static final String PEGAWAI = "199001202015031002";

  /** Bidan Ahli Pertama, reporting to the penilai. */
  private static final String BIDAN = "199501062022032002";

  /** Dokter Ahli Pertama, reporting to the penilai. */
  private static final String DOKTER = "199511272023011004";

  /** Perawat Terampil, reporting to the penilai. */
  private static final String PERAWAT_TERAMPIL = "198511062024102001";

  /** Bidan Terampil, reporting to the penilai, who never gets an approved plan here. */
  private static final String WITHOUT_PLAN = "199711052023012008";

  /** Bungo's demo penilai and admin. */
  private static final String BUNGO_PENILAI = "198312192006012011";

  private static final String BUNGO_ADMIN = "199805282021121057";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(RatingWorkflowIT.class, RecordedRatingEvents.class);
  }

  @Inject RatingService ratings;
  @Inject AppraisalService appraisals;
  @Inject ObjectionService objections;
  @Inject ObjectionDecisionService decisions;
  @Inject AnnualEvaluationService annuals;
  @Inject PeriodService periods;
  @Inject RecordedRatingEvents events;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;
  @Inject NotificationService notifications;

  /** Whether the employee has a notice of this kind whose Indonesian body contains the text. */
  private boolean hasNotice(String nip, NoticeKind kind, String text) throws Exception {
    return InRegion.asCaller(
            transaction, REGION, nip, java.util.Set.of("employee"), () -> notifications.mine())
        .stream()
        .anyMatch(n -> n.kind() == kind && n.indonesian().body().contains(text));
  }

  @Test
  void aRatingIsHiddenFromTheEmployeeUntilTheAppraiserPublishesIt() throws Exception {
    long q1 = setUp(1);
    long employeeId = employeeId(PEGAWAI);
    RatingView draft =
        region(
            PENILAI,
            () ->
                appraisals.rate(
                    q1,
                    employeeId,
                    null,
                    new RatingInput(
                        Rating.AS_EXPECTED,
                        Rating.ABOVE_EXPECTATION,
                        Map.of(CoreValue.KOMPETEN, "Aktif belajar", CoreValue.LOYAL, "  "),
                        "Kinerja baik")));
    assertEquals(RatingStatus.DRAFT, draft.status());
    assertEquals(Predicate.BAIK, draft.predicate());
    assertEquals(Map.of(CoreValue.KOMPETEN, "Aktif belajar"), draft.coreValueNotes());
    assertNull(draft.objectionDeadline());

    // Hidden from the employee: neither listed nor readable, and no objection possible.
    assertTrue(region(PEGAWAI, () -> ratings.myRatings(YEAR)).isEmpty());
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> region(PEGAWAI, () -> ratings.rating(draft.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> region(PEGAWAI, () -> objections.object(draft.id(), draft.version(), "Tidak adil")));
    // The appraiser's team shows the draft.
    TeamMember member =
        region(PENILAI, () -> appraisals.team(q1)).stream()
            .filter(m -> m.nip().equals(PEGAWAI))
            .findFirst()
            .orElseThrow();
    assertTrue(member.planInForce());
    assertEquals(draft.id(), member.rating().id());
    // Only the appraiser publishes.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(KADINKES, () -> appraisals.publish(draft.id(), draft.version())));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(PEGAWAI, () -> appraisals.publish(draft.id(), draft.version())));

    List<RatingView> published = region(PENILAI, () -> appraisals.publishAll(q1));
    assertTrue(published.stream().anyMatch(r -> r.id() == draft.id()), published::toString);
    RatingView mine =
        region(PEGAWAI, () -> ratings.myRatings(YEAR)).stream()
            .filter(r -> r.id() == draft.id())
            .findFirst()
            .orElseThrow();
    assertEquals(RatingStatus.PUBLISHED, mine.status());
    assertEquals(Predicate.BAIK, mine.predicate());
    assertEquals("Kinerja baik", mine.note());
    assertNotNull(mine.publishedAt());
    assertTrue(mine.objectionDeadline().isAfter(Instant.now()));
    assertTrue(events.all().contains(new RatingPublished(REGION, draft.id(), PEGAWAI)));
    assertEquals(List.of("rate", "publish"), auditActions(REGION, draft.id()));
    assertTrue(
        hasNotice(PEGAWAI, NoticeKind.RATING_PUBLISHED, "Baik"),
        "the employee is notified of the published rating");
  }

  @Test
  void anObjectionInTimeIsDecidedOnlyByTheAtasanAndTheDecisionIsFinal() throws Exception {
    long q1 = setUp(1);
    RatingView rating = published(BIDAN, q1, Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED);
    assertEquals(Predicate.BUTUH_PERBAIKAN, rating.predicate());
    long id = rating.id();

    assertKind(
        RuleViolation.Kind.INVALID,
        () -> region(BIDAN, () -> objections.object(id, rating.version(), " ")));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(DOKTER, () -> objections.object(id, rating.version(), "Bukan milik saya")));
    RatingView objected =
        region(BIDAN, () -> objections.object(id, rating.version(), "Target sudah tercapai"));
    assertEquals(RatingStatus.OBJECTED, objected.status());
    assertTrue(objected.underObjection());
    assertEquals(ObjectionStatus.PENDING, objected.objection().status());
    RatingRow row =
        region(() -> ratings.ratingsOfPeriod(q1)).stream()
            .filter(r -> r.ratingId() == id)
            .findFirst()
            .orElseThrow();
    assertTrue(row.underObjection());
    assertEquals(RatingStatus.OBJECTED, row.status());
    long objectionId = objected.objection().id();
    assertTrue(events.all().contains(new ObjectionFiled(REGION, objectionId, id, BIDAN, KADINKES)));
    // One objection per rating.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(BIDAN, () -> objections.object(id, objected.version(), "Lagi")));

    assertTrue(
        region(KADINKES, () -> decisions.objectionsToDecide()).stream()
            .anyMatch(r -> r.id() == id));
    assertTrue(
        hasNotice(KADINKES, NoticeKind.OBJECTION_FILED, ""),
        "the atasan is notified of the objection to decide");
    assertTrue(
        region(PENILAI, () -> decisions.objectionsToDecide()).stream()
            .noneMatch(r -> r.id() == id));
    long objectionVersion = objected.objection().version();
    RatingInput better = new RatingInput(Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION, null, null);
    for (String other : List.of(PENILAI, SEKDA, BIDAN, ADMIN)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () ->
              region(
                  other,
                  other.equals(ADMIN),
                  () -> decisions.decide(objectionId, objectionVersion, better, "Ok")));
    }
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> region(KADINKES, () -> decisions.decide(objectionId, objectionVersion, better, "")));

    RatingView granted =
        region(
            KADINKES,
            () -> decisions.decide(objectionId, objectionVersion, better, "Bukti mendukung"));
    assertEquals(RatingStatus.PUBLISHED, granted.status());
    assertFalse(granted.underObjection());
    assertEquals(Predicate.BAIK, granted.predicate());
    assertEquals(ObjectionStatus.GRANTED, granted.objection().status());
    assertEquals(Predicate.BUTUH_PERBAIKAN, granted.objection().originalPredicate());
    assertEquals(KADINKES, granted.objection().decidedByNip());
    assertEquals("Bukti mendukung", granted.objection().decisionReason());
    assertTrue(
        events
            .all()
            .contains(
                new ObjectionDecided(REGION, objectionId, id, BIDAN, ObjectionStatus.GRANTED)));
    assertTrue(
        hasNotice(BIDAN, NoticeKind.OBJECTION_DECIDED, "dikabulkan"),
        "the employee is notified of the decision");

    // Final: no second decision, no new objection.
    long decidedVersion = granted.objection().version();
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            region(
                KADINKES,
                () -> decisions.decide(objectionId, decidedVersion, null, "Berubah pikiran")));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(BIDAN, () -> objections.object(id, granted.version(), "Lagi")));
    assertEquals(
        Predicate.BAIK,
        region(BIDAN, () -> ratings.rating(id)).predicate(),
        "the employee sees the decision");
    assertEquals(List.of("rate", "publish", "object", "grant_objection"), auditActions(REGION, id));
  }

  @Test
  void aRejectedObjectionKeepsTheRatingAndALateObjectionIsRefused() throws Exception {
    long q2 = setUp(2);
    RatingView rating = published(BIDAN, q2, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    RatingView objected =
        region(BIDAN, () -> objections.object(rating.id(), rating.version(), "Kurang tepat"));
    RatingView rejected =
        region(
            KADINKES,
            () ->
                decisions.decide(
                    objected.objection().id(),
                    objected.objection().version(),
                    null,
                    "Penilaian sesuai bukti"));
    assertEquals(ObjectionStatus.REJECTED, rejected.objection().status());
    assertEquals(Predicate.BAIK, rejected.predicate());
    assertEquals(RatingStatus.PUBLISHED, rejected.status());

    RatingView late = published(DOKTER, q2, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    // Published long before: the region's objection days have passed.
    region(
        () ->
            entityManager
                .get()
                .createNativeQuery(
                    "update period_rating set published_at = published_at - interval '60 days'"
                        + " where id = ?")
                .setParameter(1, late.id())
                .executeUpdate());
    RatingView stale = region(DOKTER, () -> ratings.rating(late.id()));
    assertTrue(stale.objectionDeadline().isBefore(Instant.now()));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(DOKTER, () -> objections.object(late.id(), stale.version(), "Terlambat")));
    assertNull(region(DOKTER, () -> ratings.rating(late.id())).objection());
  }

  @Test
  void aLockedPeriodRefusesRatingAndPublishing() throws Exception {
    long q3 = setUp(3);
    RatingView draft = rated(DOKTER, q3, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    PeriodView open = period(3);
    long bidan = employeeId(BIDAN);
    PeriodView locked = region(() -> periods.setState(q3, open.version(), PeriodState.LOCKED));
    try {
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> region(PENILAI, () -> appraisals.publish(draft.id(), draft.version())));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () ->
              region(
                  PENILAI,
                  () ->
                      appraisals.rate(
                          q3,
                          bidan,
                          null,
                          new RatingInput(Rating.AS_EXPECTED, Rating.AS_EXPECTED, null, null))));
      assertKind(
          RuleViolation.Kind.CONFLICT, () -> region(PENILAI, () -> appraisals.publishAll(q3)));
    } finally {
      region(() -> periods.setState(q3, locked.version(), PeriodState.OPEN));
    }
    assertEquals(RatingStatus.DRAFT, region(PENILAI, () -> ratings.rating(draft.id())).status());
  }

  @Test
  void aStaleVersionOrAWrongAppraiserOrAMissingPlanIsRefused() throws Exception {
    long q3 = setUp(3);
    RatingView draft = rated(PERAWAT_TERAMPIL, q3, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    long employeeId = employeeId(PERAWAT_TERAMPIL);
    long withoutPlan = employeeId(WITHOUT_PLAN);
    long wholeYear = period(0).id();
    RatingInput changed =
        new RatingInput(Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION, null, null);
    RatingView edited =
        region(PENILAI, () -> appraisals.rate(q3, employeeId, draft.version(), changed));
    assertEquals(Predicate.SANGAT_BAIK, edited.predicate());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(PENILAI, () -> appraisals.rate(q3, employeeId, draft.version(), changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(PENILAI, () -> appraisals.rate(q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(PENILAI, () -> appraisals.publish(draft.id(), draft.version())));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(KADINKES, () -> appraisals.rate(q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> regionAdmin(ADMIN, () -> appraisals.rate(q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(PENILAI, () -> appraisals.rate(q3, withoutPlan, null, changed)));
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> region(PENILAI, () -> appraisals.rate(wholeYear, employeeId, null, changed)));
    RatingView publishedOnce =
        region(PENILAI, () -> appraisals.publish(edited.id(), edited.version()));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            region(
                PENILAI, () -> appraisals.rate(q3, employeeId, publishedOnce.version(), changed)));
    assertEquals(List.of("rate", "change", "publish"), auditActions(REGION, edited.id()));
  }

  @Test
  void theYearFollowsFromThePublishedRatingsWithCreditPointsForTheJenjang() throws Exception {
    long q1 = setUp(ANNUAL_YEAR, 1);
    long q2 = setUp(ANNUAL_YEAR, 2);
    // The pegawai (Perawat Ahli Muda, coefficient 25) is rated Baik for Q1.
    published(PEGAWAI, q1, Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION);
    published(PEGAWAI, q2, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION);
    // A draft does not count.
    rated(PEGAWAI, setUp(ANNUAL_YEAR, 3), Rating.BELOW_EXPECTATION, Rating.BELOW_EXPECTATION);

    AnnualView annual = region(PEGAWAI, () -> annuals.annual(PEGAWAI, ANNUAL_YEAR));
    assertEquals(FunctionalLevel.AHLI_MUDA, annual.functionalLevel());
    assertEquals(2, annual.periods().size());
    // Tie between Q1 (Sesuai, Di Atas) and Q2 (Di Atas, Di Atas): the latest decides.
    assertEquals(Rating.ABOVE_EXPECTATION, annual.resultRating());
    assertEquals(Rating.ABOVE_EXPECTATION, annual.behaviourRating());
    assertEquals(Predicate.SANGAT_BAIK, annual.predicate());
    // Baik for a quarter: 25 × 100% × 3/12; Sangat Baik: 25 × 150% × 3/12.
    assertEquals(new BigDecimal("6.250"), annual.periods().get(0).creditPoints());
    assertEquals(new BigDecimal("9.375"), annual.periods().get(1).creditPoints());
    // The year over the six months rated: 25 × 150% × 6/12.
    assertEquals(new BigDecimal("18.750"), annual.yearlyCreditPoints());

    assertEquals(
        Predicate.SANGAT_BAIK,
        region(PENILAI, () -> annuals.annual(PEGAWAI, ANNUAL_YEAR)).predicate());
    assertEquals(
        Predicate.SANGAT_BAIK,
        regionAdmin(ADMIN, () -> annuals.annual(PEGAWAI, ANNUAL_YEAR)).predicate());
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(BIDAN, () -> annuals.annual(PEGAWAI, ANNUAL_YEAR)));
    // Not a functional position: no credit points.
    AnnualView head = region(PENILAI, () -> annuals.annual(PENILAI, ANNUAL_YEAR));
    assertNull(head.functionalLevel());
    assertNull(head.yearlyCreditPoints());
  }

  @Test
  void anotherRegionsUsersAndIdsAreRefused() throws Exception {
    long q1 = setUp(1);
    RatingView rating = published(DOKTER, q1, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    RatingView objected =
        region(DOKTER, () -> objections.object(rating.id(), rating.version(), "Keberatan"));
    long objectionId = objected.objection().id();
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungoAdmin(BUNGO_ADMIN, () -> ratings.rating(rating.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungoAdmin(BUNGO_ADMIN, () -> appraisals.publish(rating.id(), objected.version())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            bungoAdmin(
                BUNGO_ADMIN,
                () -> decisions.decide(objectionId, objected.objection().version(), null, "x")));
    assertKind(RuleViolation.Kind.NOT_FOUND, () -> bungo(() -> ratings.ratingsOfPeriod(q1)));
    assertKind(RuleViolation.Kind.NOT_FOUND, () -> bungo(BUNGO_PENILAI, () -> appraisals.team(q1)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungoAdmin(BUNGO_ADMIN, () -> annuals.annual(DOKTER, YEAR)));
    assertTrue(bungoAdmin(BUNGO_ADMIN, () -> decisions.objectionsToDecide()).isEmpty());
    // Tanjungbalai's people are nobody in Bungo.
    assertKind(RuleViolation.Kind.FORBIDDEN, () -> bungo(DOKTER, () -> ratings.myRatings(YEAR)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> bungo(KADINKES, () -> decisions.objectionsToDecide()));
    assertEquals(List.of(), auditActions(BUNGO, rating.id()));
    assertEquals(
        ObjectionStatus.PENDING,
        region(DOKTER, () -> ratings.rating(rating.id())).objection().status());
  }

  // ---- helpers ----

  /**
   * Opens the year and approves the plans of the chain and of the rated employees (once); returns
   * the id of the quarter.
   */
  private long setUp(int quarter) throws Exception {
    return setUp(YEAR, quarter);
  }

  /** As {@link #setUp(int)} in another year. */
  private long setUp(int year, int quarter) throws Exception {
    if (region(() -> periods.periods(year)).isEmpty()) {
      region(() -> periods.openYear(year));
    }
    if (new PlanFixtures(transaction, REGION, year).planInForce(PENILAI).isEmpty()) {
      long top =
          approvedResult(year, SEKDA, null, Approver.admin(ADMIN), "Meningkatnya kinerja kota");
      long kadinkes =
          approvedResult(
              year, KADINKES, top, Approver.employee(SEKDA), "Meningkatnya derajat kesehatan");
      long penilai =
          approvedResult(
              year,
              PENILAI,
              kadinkes,
              Approver.employee(KADINKES),
              "Meningkatnya mutu layanan puskesmas");
      for (String nip : List.of(PEGAWAI, BIDAN, DOKTER, PERAWAT_TERAMPIL)) {
        approvedResult(year, nip, penilai, Approver.employee(PENILAI), "Pelayanan pasien bermutu");
      }
    }
    return period(year, quarter).id();
  }

  /** The period of the year: 0 for the year itself, else the quarter. */
  private PeriodView period(int number) throws Exception {
    return period(YEAR, number);
  }

  private PeriodView period(int year, int number) throws Exception {
    return region(() -> periods.periods(year)).stream()
        .filter(p -> number == 0 ? p.kind() == PeriodKind.YEAR : p.number() == number)
        .filter(p -> number == 0 || p.kind() == PeriodKind.QUARTER)
        .findFirst()
        .orElseThrow();
  }

  private long approvedResult(int year, String nip, Long supports, Approver approver, String text)
      throws Exception {
    return new PlanFixtures(transaction, REGION, year)
        .approvedResult(nip, supports, approver, text);
  }

  private RatingView rated(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    long employeeId = employeeId(nip);
    return region(
        PENILAI,
        () ->
            appraisals.rate(
                periodId, employeeId, null, new RatingInput(result, behaviour, null, null)));
  }

  private RatingView published(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    RatingView draft = rated(nip, periodId, result, behaviour);
    return region(PENILAI, () -> appraisals.publish(draft.id(), draft.version()));
  }

  private long employeeId(String nip) throws Exception {
    return region(() -> InRegion.employeeId(entityManager.get(), nip));
  }

  private List<String> auditActions(String region, long ratingId) throws Exception {
    return inTransaction(
        region,
        () ->
            InRegion.auditActions(
                entityManager.get(), RatingService.AUDIT_ENTITY, String.valueOf(ratingId)));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T region(Work<T> work) throws Exception {
    return inTransaction(REGION, work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return inTransaction(BUNGO, work);
  }

  /** Runs {@code work} in Tanjungbalai acting as the employee {@code nip}. */
  private <T> T region(String nip, Work<T> work) throws Exception {
    return region(nip, false, work);
  }

  /** Runs {@code work} in Tanjungbalai acting as {@code nip}, the region's admin. */
  private <T> T regionAdmin(String nip, Work<T> work) throws Exception {
    return region(nip, true, work);
  }

  private <T> T region(String nip, boolean admin, Work<T> work) throws Exception {
    return as(REGION, nip, admin, work);
  }

  private <T> T bungo(String nip, Work<T> work) throws Exception {
    return as(BUNGO, nip, false, work);
  }

  private <T> T bungoAdmin(String nip, Work<T> work) throws Exception {
    return as(BUNGO, nip, true, work);
  }

  private <T> T as(String region, String nip, boolean admin, Work<T> work) throws Exception {
    Set<String> roles = admin ? Set.of("employee", "admin") : Set.of("employee");
    return InRegion.asCaller(transaction, region, nip, roles, work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
