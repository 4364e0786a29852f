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
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.ObjectionDecided;
import id.kinerja.platform.evaluation.service.ObjectionFiled;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Periodic ratings, publication, objections and the yearly evaluation inside the real WAR on Payara
 * Micro and PostgreSQL, acting as demo employees of Tanjungbalai (quarterly) in 2029, a region and
 * year the other integration tests do not use. The approved plans (Sekda → Kepala Dinas Kesehatan →
 * Kepala Puskesmas → the nurses and doctor rated) and the year's periods are created once, by the
 * first test that needs them.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RatingWorkflowIT {

  private static final String REGION = "tanjungbalai";
  private static final String BUNGO = "bungo";
  private static final int YEAR = 2029;

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
  @Order(1)
  void aRatingIsHiddenFromTheEmployeeUntilTheAppraiserPublishesIt() throws Exception {
    long q1 = setUp(1);
    long employeeId = employeeId(PEGAWAI);
    RatingView draft =
        region(
            () ->
                ratings.rate(
                    PENILAI,
                    false,
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
    assertTrue(region(() -> ratings.myRatings(PEGAWAI, YEAR)).isEmpty());
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> region(() -> ratings.rating(PEGAWAI, false, draft.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> region(() -> ratings.object(PEGAWAI, draft.id(), draft.version(), "Tidak adil")));
    // The appraiser's team shows the draft.
    TeamMember member =
        region(() -> ratings.team(PENILAI, false, q1)).stream()
            .filter(m -> m.nip().equals(PEGAWAI))
            .findFirst()
            .orElseThrow();
    assertTrue(member.planInForce());
    assertEquals(draft.id(), member.rating().id());
    // Only the appraiser publishes.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.publish(KADINKES, false, draft.id(), draft.version())));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.publish(PEGAWAI, false, draft.id(), draft.version())));

    List<RatingView> published = region(() -> ratings.publishAll(PENILAI, false, q1));
    assertTrue(published.stream().anyMatch(r -> r.id() == draft.id()), published::toString);
    RatingView mine =
        region(() -> ratings.myRatings(PEGAWAI, YEAR)).stream()
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
  @Order(2)
  void anObjectionInTimeIsDecidedOnlyByTheAtasanAndTheDecisionIsFinal() throws Exception {
    long q1 = setUp(1);
    RatingView rating = published(BIDAN, q1, Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED);
    assertEquals(Predicate.BUTUH_PERBAIKAN, rating.predicate());
    long id = rating.id();

    assertKind(
        RuleViolation.Kind.INVALID,
        () -> region(() -> ratings.object(BIDAN, id, rating.version(), " ")));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.object(DOKTER, id, rating.version(), "Bukan milik saya")));
    RatingView objected =
        region(() -> ratings.object(BIDAN, id, rating.version(), "Target sudah tercapai"));
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
        () -> region(() -> ratings.object(BIDAN, id, objected.version(), "Lagi")));

    assertTrue(
        region(() -> ratings.objectionsToDecide(KADINKES, false)).stream()
            .anyMatch(r -> r.id() == id));
    assertTrue(
        hasNotice(KADINKES, NoticeKind.OBJECTION_FILED, ""),
        "the atasan is notified of the objection to decide");
    assertTrue(
        region(() -> ratings.objectionsToDecide(PENILAI, false)).stream()
            .noneMatch(r -> r.id() == id));
    long objectionVersion = objected.objection().version();
    RatingInput better = new RatingInput(Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION, null, null);
    for (String other : List.of(PENILAI, SEKDA, BIDAN, ADMIN)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () ->
              region(
                  () ->
                      ratings.decide(
                          other,
                          other.equals(ADMIN),
                          objectionId,
                          objectionVersion,
                          better,
                          "Ok")));
    }
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            region(
                () -> ratings.decide(KADINKES, false, objectionId, objectionVersion, better, "")));

    RatingView granted =
        region(
            () ->
                ratings.decide(
                    KADINKES, false, objectionId, objectionVersion, better, "Bukti mendukung"));
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
                () ->
                    ratings.decide(
                        KADINKES, false, objectionId, decidedVersion, null, "Berubah pikiran")));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.object(BIDAN, id, granted.version(), "Lagi")));
    assertEquals(
        Predicate.BAIK,
        region(() -> ratings.rating(BIDAN, false, id)).predicate(),
        "the employee sees the decision");
    assertEquals(List.of("rate", "publish", "object", "grant_objection"), auditActions(REGION, id));
  }

  @Test
  @Order(3)
  void aRejectedObjectionKeepsTheRatingAndALateObjectionIsRefused() throws Exception {
    long q2 = setUp(2);
    RatingView rating = published(BIDAN, q2, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    RatingView objected =
        region(() -> ratings.object(BIDAN, rating.id(), rating.version(), "Kurang tepat"));
    RatingView rejected =
        region(
            () ->
                ratings.decide(
                    KADINKES,
                    false,
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
    RatingView stale = region(() -> ratings.rating(DOKTER, false, late.id()));
    assertTrue(stale.objectionDeadline().isBefore(Instant.now()));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.object(DOKTER, late.id(), stale.version(), "Terlambat")));
    assertNull(region(() -> ratings.rating(DOKTER, false, late.id())).objection());
  }

  @Test
  @Order(4)
  void aLockedPeriodRefusesRatingAndPublishing() throws Exception {
    long q3 = setUp(3);
    RatingView draft = rated(DOKTER, q3, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    PeriodView open = period(3);
    long bidan = employeeId(BIDAN);
    PeriodView locked = region(() -> periods.setState(q3, open.version(), PeriodState.LOCKED));
    try {
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> region(() -> ratings.publish(PENILAI, false, draft.id(), draft.version())));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () ->
              region(
                  () ->
                      ratings.rate(
                          PENILAI,
                          false,
                          q3,
                          bidan,
                          null,
                          new RatingInput(Rating.AS_EXPECTED, Rating.AS_EXPECTED, null, null))));
      assertKind(
          RuleViolation.Kind.CONFLICT, () -> region(() -> ratings.publishAll(PENILAI, false, q3)));
    } finally {
      region(() -> periods.setState(q3, locked.version(), PeriodState.OPEN));
    }
    assertEquals(
        RatingStatus.DRAFT, region(() -> ratings.rating(PENILAI, false, draft.id())).status());
  }

  @Test
  @Order(5)
  void aStaleVersionOrAWrongAppraiserOrAMissingPlanIsRefused() throws Exception {
    long q3 = setUp(3);
    RatingView draft = rated(PERAWAT_TERAMPIL, q3, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    long employeeId = employeeId(PERAWAT_TERAMPIL);
    long withoutPlan = employeeId(WITHOUT_PLAN);
    long wholeYear = period(0).id();
    RatingInput changed =
        new RatingInput(Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION, null, null);
    RatingView edited =
        region(() -> ratings.rate(PENILAI, false, q3, employeeId, draft.version(), changed));
    assertEquals(Predicate.SANGAT_BAIK, edited.predicate());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.rate(PENILAI, false, q3, employeeId, draft.version(), changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.rate(PENILAI, false, q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.publish(PENILAI, false, draft.id(), draft.version())));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.rate(KADINKES, false, q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.rate(ADMIN, true, q3, employeeId, null, changed)));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> region(() -> ratings.rate(PENILAI, false, q3, withoutPlan, null, changed)));
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> region(() -> ratings.rate(PENILAI, false, wholeYear, employeeId, null, changed)));
    RatingView publishedOnce =
        region(() -> ratings.publish(PENILAI, false, edited.id(), edited.version()));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            region(
                () ->
                    ratings.rate(
                        PENILAI, false, q3, employeeId, publishedOnce.version(), changed)));
    assertEquals(List.of("rate", "change", "publish"), auditActions(REGION, edited.id()));
  }

  @Test
  @Order(6)
  void theYearFollowsFromThePublishedRatingsWithCreditPointsForTheJenjang() throws Exception {
    long q1 = setUp(1);
    long q2 = setUp(2);
    // The pegawai (Perawat Ahli Muda, coefficient 25) was rated Baik for Q1 by the first test.
    if (region(() -> ratings.myRatings(PEGAWAI, YEAR)).isEmpty()) {
      published(PEGAWAI, q1, Rating.AS_EXPECTED, Rating.ABOVE_EXPECTATION);
    }
    published(PEGAWAI, q2, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION);
    // A draft does not count.
    rated(PEGAWAI, setUp(3), Rating.BELOW_EXPECTATION, Rating.BELOW_EXPECTATION);

    AnnualView annual = region(() -> ratings.annual(PEGAWAI, false, PEGAWAI, YEAR));
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
        region(() -> ratings.annual(PENILAI, false, PEGAWAI, YEAR)).predicate());
    assertEquals(
        Predicate.SANGAT_BAIK,
        region(() -> ratings.annual(ADMIN, true, PEGAWAI, YEAR)).predicate());
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(() -> ratings.annual(BIDAN, false, PEGAWAI, YEAR)));
    // Not a functional position: no credit points.
    AnnualView head = region(() -> ratings.annual(PENILAI, false, PENILAI, YEAR));
    assertNull(head.functionalLevel());
    assertNull(head.yearlyCreditPoints());
  }

  @Test
  @Order(7)
  void anotherRegionsUsersAndIdsAreRefused() throws Exception {
    long q1 = setUp(1);
    RatingView rating = published(DOKTER, q1, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    RatingView objected =
        region(() -> ratings.object(DOKTER, rating.id(), rating.version(), "Keberatan"));
    long objectionId = objected.objection().id();
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(() -> ratings.rating(BUNGO_ADMIN, true, rating.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(() -> ratings.publish(BUNGO_ADMIN, true, rating.id(), objected.version())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            bungo(
                () ->
                    ratings.decide(
                        BUNGO_ADMIN,
                        true,
                        objectionId,
                        objected.objection().version(),
                        null,
                        "x")));
    assertKind(RuleViolation.Kind.NOT_FOUND, () -> bungo(() -> ratings.ratingsOfPeriod(q1)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> bungo(() -> ratings.team(BUNGO_PENILAI, false, q1)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(() -> ratings.annual(BUNGO_ADMIN, true, DOKTER, YEAR)));
    assertTrue(bungo(() -> ratings.objectionsToDecide(BUNGO_ADMIN, true)).isEmpty());
    // Tanjungbalai's people are nobody in Bungo.
    assertKind(RuleViolation.Kind.FORBIDDEN, () -> bungo(() -> ratings.myRatings(DOKTER, YEAR)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> bungo(() -> ratings.objectionsToDecide(KADINKES, false)));
    assertEquals(List.of(), auditActions(BUNGO, rating.id()));
    assertEquals(
        ObjectionStatus.PENDING,
        region(() -> ratings.rating(DOKTER, false, rating.id())).objection().status());
  }

  // ---- helpers ----

  /**
   * Opens the year and approves the plans of the chain and of the rated employees (once); returns
   * the id of the quarter.
   */
  private long setUp(int quarter) throws Exception {
    if (region(() -> periods.periods(YEAR)).isEmpty()) {
      region(() -> periods.openYear(YEAR));
    }
    if (new PlanFixtures(transaction, REGION, YEAR).planInForce(PENILAI).isEmpty()) {
      long top = approvedResult(SEKDA, null, Approver.admin(ADMIN), "Meningkatnya kinerja kota");
      long kadinkes =
          approvedResult(KADINKES, top, Approver.employee(SEKDA), "Meningkatnya derajat kesehatan");
      long penilai =
          approvedResult(
              PENILAI,
              kadinkes,
              Approver.employee(KADINKES),
              "Meningkatnya mutu layanan puskesmas");
      for (String nip : List.of(PEGAWAI, BIDAN, DOKTER, PERAWAT_TERAMPIL)) {
        approvedResult(nip, penilai, Approver.employee(PENILAI), "Pelayanan pasien bermutu");
      }
    }
    return period(quarter).id();
  }

  /** The period of the year: 0 for the year itself, else the quarter. */
  private PeriodView period(int number) throws Exception {
    return region(() -> periods.periods(YEAR)).stream()
        .filter(p -> number == 0 ? p.kind() == PeriodKind.YEAR : p.number() == number)
        .filter(p -> number == 0 || p.kind() == PeriodKind.QUARTER)
        .findFirst()
        .orElseThrow();
  }

  private long approvedResult(String nip, Long supports, Approver approver, String text)
      throws Exception {
    return new PlanFixtures(transaction, REGION, YEAR)
        .approvedResult(nip, supports, approver, text);
  }

  private RatingView rated(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    long employeeId = employeeId(nip);
    return region(
        () ->
            ratings.rate(
                PENILAI,
                false,
                periodId,
                employeeId,
                null,
                new RatingInput(result, behaviour, null, null)));
  }

  private RatingView published(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    RatingView draft = rated(nip, periodId, result, behaviour);
    return region(() -> ratings.publish(PENILAI, false, draft.id(), draft.version()));
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

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
