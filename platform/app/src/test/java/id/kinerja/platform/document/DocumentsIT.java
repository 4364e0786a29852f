package id.kinerja.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.ObjectionService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evaluation documents and the results CSV in the real WAR on PostgreSQL: Tanjungbalai
 * (quarterly), year 2036, which no other integration test uses. The Kepala UPTD Puskesmas Datuk
 * Bandar rates one of his nurses (Perawat Ahli Muda, a functional position) for the first quarter;
 * a doctor of the same Puskesmas is the peer. The published rating is given by the first test that
 * needs it, so the tests run in any order.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class DocumentsIT {

  private static final String REGION = "tanjungbalai";
  private static final int YEAR = 2036;
  private static final String ADMIN = "198503122010012003";
  private static final String SEKDA = "196908281998042037";
  private static final String KADINKES = "197405051996021010";
  private static final String PENILAI = "197806152003121004";
  private static final String PEGAWAI = "199001202015031002";
  private static final String PEER = "199511272023011004";
  private static final String BANYUMANIK_ADMIN = "198210112004122079";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(DocumentsIT.class);
  }

  @Inject DocumentService documents;
  @Inject RatingService ratings;
  @Inject AppraisalService appraisals;
  @Inject ObjectionService objections;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  /** The nurse's ratings: Sangat Baik, with a note on a core value. */
  private static final RatingInput SANGAT_BAIK =
      new RatingInput(
          Rating.ABOVE_EXPECTATION,
          Rating.ABOVE_EXPECTATION,
          Map.of(CoreValue.KOLABORATIF, "Menggerakkan kader posyandu"),
          null);

  @Test
  void theEvaluationPdfIsRefusedToTheEmployeeWhileTheRatingIsADraftAndGivenOncePublished()
      throws Exception {
    setUp();
    // A draft of the second quarter, never published: it counts in no other test.
    long second = quarter(2).id();
    long pegawai = employeeId(PEGAWAI);
    RatingView draft = region(PENILAI, () -> appraisals.rate(second, pegawai, null, SANGAT_BAIK));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> region(PEGAWAI, () -> documents.evaluation(draft.id())));
    assertTrue(
        text(region(PENILAI, () -> documents.evaluation(draft.id())))
            .contains("DRAF: BELUM DIUMUMKAN KEPADA PEGAWAI"),
        "the appraiser sees the draft, marked as such");

    long ratingId = publishedRating();
    String text = text(region(PEGAWAI, () -> documents.evaluation(ratingId)));
    for (String expected :
        List.of(
            "EVALUASI KINERJA PEGAWAI",
            "PERIODE: Triwulan I 2036",
            "Ahmad Pasaribu",
            "dr. Azhar Batubara",
            "Hendra Batubara",
            "Pelayanan pasien",
            "Menggerakkan kader posyandu",
            "PREDIKAT KINERJA PEGAWAI Sangat Baik")) {
      assertTrue(text.contains(expected), () -> expected + " missing in: " + text);
    }
    assertFalse(text.contains("DRAF"), text);
  }

  @Test
  void theAppraiserAndTheAtasanGetTheEvaluationAPeerIsRefused() throws Exception {
    long ratingId = publishedRating();
    assertPdf(region(PENILAI, () -> documents.evaluation(ratingId)));
    assertPdf(region(KADINKES, () -> documents.evaluation(ratingId)));
    assertPdf(regionAdmin(ADMIN, () -> documents.evaluation(ratingId)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> region(PEER, () -> documents.evaluation(ratingId)));
  }

  @Test
  void theYearlyEvaluationShowsTheCreditPointsOfTheFunctionalPosition() throws Exception {
    publishedRating();
    String text = text(region(PEGAWAI, () -> documents.annualEvaluation(PEGAWAI, YEAR)));
    assertTrue(text.contains("PERIODE: TAHUNAN 2036"), text);
    assertTrue(text.contains("Triwulan I 2036 3 Sangat Baik"), text);
    // Ahli Muda: 25 a year; Sangat Baik 150 % over the 3 months rated.
    assertTrue(text.contains("ANGKA KREDIT 9.375 (jenjang Ahli Muda"), text);
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(PEER, () -> documents.annualEvaluation(PEGAWAI, YEAR)));
  }

  @Test
  void theResultsCsvMarksTheRatingUnderObjectionForTheAdminAndTheHead() throws Exception {
    long ratingId = publishedRating();
    long quarter = quarter(1).id();
    RatingView published = region(PEGAWAI, () -> ratings.rating(ratingId));
    region(
        PEGAWAI, () -> objections.object(ratingId, published.version(), "Target sudah terlampaui"));
    long unitId = unitId(PEGAWAI);

    String unit = csv(regionAdmin(ADMIN, () -> documents.results(quarter, unitId)));
    String line = line(unit, PEGAWAI);
    assertTrue(line.contains("\"Ns. Ahmad Pasaribu, S.Kep.\""), line);
    assertTrue(line.endsWith(",Keberatan,Dalam proses keberatan"), line);
    assertTrue(line.contains("," + PENILAI + ","), line);
    assertTrue(
        line(csv(regionAdmin(ADMIN, () -> documents.results(quarter, null))), PEGAWAI)
            .endsWith("Dalam proses keberatan"),
        "the whole region's CSV marks it too");
    assertTrue(
        csv(region(PENILAI, () -> documents.results(quarter, unitId))).contains(PEGAWAI),
        "the unit's head downloads the unit's results");
    assertTrue(
        csv(region(KADINKES, () -> documents.results(quarter, unitId))).contains(PEGAWAI),
        "so does the head's supervisor");
  }

  @Test
  void theResultsCsvIsRefusedToAStaffMemberAndTheRegionsToANonAdmin() throws Exception {
    publishedRating();
    long quarter = quarter(1).id();
    long unitId = unitId(PEGAWAI);
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(PEGAWAI, () -> documents.results(quarter, unitId)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(PENILAI, () -> documents.results(quarter, null)));
  }

  @Test
  void anotherRegionsUsersAndIdsAreRefused() throws Exception {
    long ratingId = publishedRating();
    long quarter = quarter(1).id();
    long unitId = unitId(PEGAWAI);
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> as("banyumanik", BANYUMANIK_ADMIN, true, () -> documents.evaluation(ratingId)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> as("banyumanik", BANYUMANIK_ADMIN, true, () -> documents.results(quarter, unitId)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> region(BANYUMANIK_ADMIN, () -> documents.evaluation(ratingId)));
  }

  // ---- helpers ----

  /**
   * The nurse's rating of the first quarter, {@link #SANGAT_BAIK}, published: given and published
   * by the first test that needs it.
   */
  private long publishedRating() throws Exception {
    long quarter = setUp().id();
    long pegawai = employeeId(PEGAWAI);
    RatingView given =
        region(PENILAI, () -> appraisals.team(quarter)).stream()
            .filter(m -> m.nip().equals(PEGAWAI))
            .findFirst()
            .orElseThrow()
            .rating();
    RatingView rating =
        given != null
            ? given
            : region(PENILAI, () -> appraisals.rate(quarter, pegawai, null, SANGAT_BAIK));
    if (rating.status() == RatingStatus.DRAFT) {
      region(PENILAI, () -> appraisals.publish(rating.id(), rating.version()));
    }
    return rating.id();
  }

  /** Opens the year and approves the plans down the chain to the Puskesmas staff (once). */
  private PeriodView setUp() throws Exception {
    if (region(() -> periods.periods(YEAR)).isEmpty()) {
      region(() -> periods.openYear(YEAR));
    }
    if (new PlanFixtures(transaction, REGION, YEAR).planInForce(PEGAWAI).isEmpty()) {
      PlanFixtures fixtures = new PlanFixtures(transaction, REGION, YEAR);
      long top = fixtures.approvedResult(SEKDA, null, Approver.admin(ADMIN), "Kinerja kota");
      long dinkes =
          fixtures.approvedResult(KADINKES, top, Approver.employee(SEKDA), "Derajat kesehatan");
      long pkm =
          fixtures.approvedResult(
              PENILAI, dinkes, Approver.employee(KADINKES), "Layanan puskesmas");
      for (String nip : List.of(PEGAWAI, PEER)) {
        fixtures.approvedResult(nip, pkm, Approver.employee(PENILAI), "Pelayanan pasien");
      }
    }
    return quarter(1);
  }

  private PeriodView quarter(int number) throws Exception {
    return region(() -> periods.periods(YEAR)).stream()
        .filter(p -> p.kind() == PeriodKind.QUARTER && p.number() == number)
        .findFirst()
        .orElseThrow();
  }

  private long employeeId(String nip) throws Exception {
    return region(() -> InRegion.employeeId(entityManager.get(), nip));
  }

  private long unitId(String nip) throws Exception {
    return region(
        () ->
            entityManager
                .get()
                .createQuery("select e.unit.id from Employee e where e.nip = :nip", Long.class)
                .setParameter("nip", nip)
                .getSingleResult());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static void assertPdf(byte[] pdf) {
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
  }

  private static String csv(byte[] csv) {
    assertEquals((byte) 0xEF, csv[0], "UTF-8 byte order mark");
    return new String(csv, StandardCharsets.UTF_8);
  }

  private static String line(String csv, String nip) {
    return csv.lines()
        .filter(l -> l.contains(nip + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError(nip + " missing in: " + csv));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T region(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, REGION, work);
  }

  /** Runs {@code work} in Tanjungbalai acting as the employee {@code nip}. */
  private <T> T region(String nip, Work<T> work) throws Exception {
    return as(REGION, nip, false, work);
  }

  /** Runs {@code work} in Tanjungbalai acting as {@code nip}, the region's admin. */
  private <T> T regionAdmin(String nip, Work<T> work) throws Exception {
    return as(REGION, nip, true, work);
  }

  private <T> T as(String region, String nip, boolean admin, Work<T> work) throws Exception {
    Set<String> roles = admin ? Set.of("employee", "admin") : Set.of("employee");
    return InRegion.asCaller(transaction, region, nip, roles, work);
  }
}
