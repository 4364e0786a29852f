package id.kinerja.platform.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.calibration.service.CalibrationService;
import id.kinerja.platform.calibration.service.UnitCalibration;
import id.kinerja.platform.dashboard.service.DashboardService;
import id.kinerja.platform.dashboard.service.MemberProgress;
import id.kinerja.platform.dashboard.service.UnitPredicates;
import id.kinerja.platform.dashboard.service.UnitProgress;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.PlanFixtures;
import id.kinerja.platform.planning.PlanFixtures.Approver;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calibration and dashboards in the real WAR on PostgreSQL: Bungo (monthly), year 2034, which no
 * other integration test uses. The Puskesmas Muara Bungo I has its head (the demo penilai, rated by
 * the Kepala Dinas Kesehatan) and five staff rated by the head. Only one test rates and locks; the
 * others hold whether it ran before them or not, so the tests run in any order.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class CalibrationIT {

  private static final String BUNGO = "bungo";
  private static final int YEAR = 2034;
  private static final String SEKDA = "196804301994021009";
  private static final String ADMIN = "199805282021121057";
  private static final String KADINKES = "196909131991062099";
  private static final String PENILAI = "198312192006012011";
  private static final List<String> STAFF =
      List.of(
          "199803042022011005",
          "199211032021122008",
          "199007152023041006",
          "199011222019122120",
          "199712212022032106");
  private static final String PEGAWAI = "199011222019122120";
  private static final String PUSKESMAS = "UPTD Puskesmas Muara Bungo I";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(CalibrationIT.class);
  }

  @Inject CalibrationService calibration;
  @Inject DashboardService dashboards;
  @Inject AppraisalService appraisals;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void dashboardsCountApprovedPlansPerUnitAndTheTeamsProgress() throws Exception {
    setUp();
    UnitProgress puskesmas =
        bungo(() -> dashboards.planCompletion(YEAR)).stream()
            .filter(u -> u.unitName().equals(PUSKESMAS))
            .findFirst()
            .orElseThrow();
    assertEquals(6, puskesmas.employees());
    assertEquals(6, puskesmas.approved());
    assertEquals(100, puskesmas.approvedPercent());
    List<MemberProgress> team =
        InRegion.asCaller(
            transaction, BUNGO, PENILAI, Set.of("employee"), () -> dashboards.teamProgress(YEAR));
    assertEquals(5, team.size());
    assertTrue(team.stream().allMatch(m -> m.planStatus() == PlanStatus.APPROVED), team::toString);
    assertTrue(
        InRegion.asCaller(
                transaction,
                BUNGO,
                PEGAWAI,
                Set.of("employee"),
                () -> dashboards.teamProgress(YEAR))
            .isEmpty());
    assertTrue(
        inTransaction("banyumanik", () -> dashboards.planCompletion(YEAR)).stream()
            .noneMatch(u -> u.unitName().equals(PUSKESMAS)),
        "another region's dashboard shows none of Bungo's units");
  }

  @Test
  void aBaikUnitWithOnlyBaikBreaksItsCurveAndBlocksTheLockUntilJustified() throws Exception {
    PeriodView january = setUp();
    rateAll(january.id());

    UnitCalibration unit = puskesmas(ADMIN, true, january.id());
    assertEquals(UnitResult.BAIK, unit.result(), "the head's rating hasil kerja Sesuai → Baik");
    assertEquals(5, unit.rated());
    assertEquals(5, unit.counts().get(Predicate.BAIK));
    assertTrue(unit.blocksLock(), unit.breaches()::toString);

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                bungo(() -> periods.setState(january.id(), january.version(), PeriodState.LOCKED)));
    assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    assertTrue(refused.messageId().contains(PUSKESMAS), refused.messageId());
    assertEquals(PeriodState.OPEN, period(1).state(), "nothing changed by the refused lock");

    assertKind(
        RuleViolation.Kind.INVALID,
        () -> bungo(PENILAI, () -> calibration.justify(january.id(), unit.unitId(), null, "ok")));
    UnitCalibration justified =
        bungo(
            PENILAI,
            () ->
                calibration.justify(
                    january.id(),
                    unit.unitId(),
                    null,
                    "Seluruh staf mencapai target imunisasi; bukti terlampir di realisasi."));
    assertNotNull(justified.justification());
    assertFalse(justified.blocksLock());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            bungo(
                KADINKES,
                () ->
                    calibration.justify(
                        january.id(), unit.unitId(), null, "Versi lama tanpa nomor.")));

    assertTrue(
        bungo(() -> dashboards.predicateDistribution(YEAR)).stream()
            .noneMatch(u -> u.unitName().equals(PUSKESMAS)),
        "draft ratings are not in the dashboard");
    bungo(PENILAI, () -> appraisals.publishAll(january.id()));
    UnitPredicates published =
        bungo(() -> dashboards.predicateDistribution(YEAR)).stream()
            .filter(u -> u.unitName().equals(PUSKESMAS))
            .findFirst()
            .orElseThrow();
    assertEquals(5, published.count(Predicate.BAIK));

    PeriodView current = period(1);
    PeriodView locked =
        bungo(() -> periods.setState(current.id(), current.version(), PeriodState.LOCKED));
    assertEquals(PeriodState.LOCKED, locked.state());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            bungo(
                PENILAI,
                () ->
                    calibration.justify(
                        january.id(),
                        unit.unitId(),
                        justified.justification().version(),
                        "Perubahan setelah periode dikunci.")));
  }

  @Test
  void theHeadAndTheHeadsSupervisorCalibrateTheUnitAndNobodyElse() throws Exception {
    long january = setUp().id();
    assertNotNull(puskesmas(PENILAI, false, january));
    assertNotNull(puskesmas(KADINKES, false, january));
    assertTrue(
        bungo(PEGAWAI, () -> calibration.units(january)).stream()
            .noneMatch(u -> u.unitName().equals(PUSKESMAS)));
    long unitId = puskesmas(ADMIN, true, january).unitId();
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            bungo(
                PEGAWAI,
                () ->
                    calibration.justify(
                        january, unitId, null, "Saya ingin membenarkan unit ini.")));
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> bungo(PEGAWAI, () -> calibration.outliers(january)));
    assertTrue(bungoAdmin(ADMIN, () -> calibration.outliers(january)).isEmpty());
  }

  @Test
  void anotherRegionsUsersAndIdsAreRefused() throws Exception {
    long january = setUp().id();
    long unitId = puskesmas(ADMIN, true, january).unitId();
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> as("banyumanik", ADMIN, true, () -> calibration.units(january)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            as(
                "banyumanik",
                "198210112004122079",
                true,
                () -> calibration.justify(january, unitId, null, "Tidak boleh dari luar.")));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> bungo("198210112004122079", () -> calibration.units(january)));
  }

  // ---- helpers ----

  /** Opens the year and approves the plans of the chain down to the Puskesmas staff (once). */
  private PeriodView setUp() throws Exception {
    if (bungo(() -> periods.periods(YEAR)).isEmpty()) {
      bungo(() -> periods.openYear(YEAR));
    }
    if (new PlanFixtures(transaction, BUNGO, YEAR).planInForce(PENILAI).isEmpty()) {
      PlanFixtures fixtures = new PlanFixtures(transaction, BUNGO, YEAR);
      long top = fixtures.approvedResult(SEKDA, null, Approver.admin(ADMIN), "Kinerja daerah");
      long dinkes =
          fixtures.approvedResult(KADINKES, top, Approver.employee(SEKDA), "Derajat kesehatan");
      long pkm =
          fixtures.approvedResult(
              PENILAI, dinkes, Approver.employee(KADINKES), "Layanan puskesmas");
      for (String nip : STAFF) {
        fixtures.approvedResult(nip, pkm, Approver.employee(PENILAI), "Pelayanan pasien");
      }
    }
    return period(1);
  }

  /** The head rated Sesuai by the Kepala Dinas, every staff member Baik by the head. */
  private void rateAll(long periodId) throws Exception {
    RatingInput asExpected = new RatingInput(Rating.AS_EXPECTED, Rating.AS_EXPECTED, null, null);
    long head = employeeId(PENILAI);
    bungo(KADINKES, () -> appraisals.rate(periodId, head, null, asExpected));
    for (String nip : STAFF) {
      long id = employeeId(nip);
      bungo(PENILAI, () -> appraisals.rate(periodId, id, null, asExpected));
    }
  }

  private UnitCalibration puskesmas(String nip, boolean admin, long periodId) throws Exception {
    return as(BUNGO, nip, admin, () -> calibration.units(periodId)).stream()
        .filter(u -> u.unitName().equals(PUSKESMAS))
        .findFirst()
        .orElseThrow();
  }

  private PeriodView period(int month) throws Exception {
    return bungo(() -> periods.periods(YEAR)).stream()
        .filter(p -> p.kind() == PeriodKind.MONTH && p.number() == month)
        .findFirst()
        .orElseThrow();
  }

  private long employeeId(String nip) throws Exception {
    return bungo(() -> InRegion.employeeId(entityManager.get(), nip));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return inTransaction(BUNGO, work);
  }

  /** Runs {@code work} in Bungo acting as the employee {@code nip}. */
  private <T> T bungo(String nip, Work<T> work) throws Exception {
    return as(BUNGO, nip, false, work);
  }

  /** Runs {@code work} in Bungo acting as {@code nip}, the region's admin. */
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
