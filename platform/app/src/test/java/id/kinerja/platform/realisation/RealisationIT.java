package id.kinerja.platform.realisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.PlanFixtures;
import id.kinerja.platform.planning.PlanFixtures.Approver;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.service.EvidenceDownload;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.EvidenceView;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Realisations inside the real WAR on Payara Micro and PostgreSQL, acting as Lampung's (quarterly)
 * demo employees by NIP: the Inspektur records realisations of her approved plan, the Sekretaris
 * Daerah (her pejabat penilai) gives feedback; Banyumanik's appraiser for isolation. Each test
 * works in a year of its own (2040 onwards), where it builds the approved plans (Sekda → Inspektur)
 * it needs. Lampung is a region whose audit chain the other integration tests do not count.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class RealisationIT {

  private static final String LAMPUNG = "lampung";
  private static final String BANYUMANIK = "banyumanik";

  /**
   * The year the current test works in: each test has a year of its own (plans and periods are per
   * year), so that none depends on what another left behind.
   */
  private int year;

  /** Lampung's Sekretaris Daerah: the top of the tree, the Inspektur's pejabat penilai. */
  private static final String SEKDA = "196810051991032005";

  /** Lampung's pengelola kinerja (demo admin). */
  private static final String ADMIN = "199107262016031007";

  /** The Inspektur, reporting to the Sekda: the employee recording realisations. */
  private static final String INSPEKTUR = "197207271995122004";

  /** The Kepala Bappeda, another direct report of the Sekda: a peer, not the appraiser. */
  private static final String BAPPEDA = "197309101999121009";

  /** An auditor reporting to the Inspektur. */
  private static final String AUDITOR = "197011171999011011";

  /** Banyumanik's demo penilai. */
  private static final String BANYUMANIK_PENILAI = "198210112004122079";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(RealisationIT.class);
  }

  @Inject RealisationService realisations;
  @Inject PlanDrafting drafting;
  @Inject PlanReading reading;
  @Inject PlanReview review;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;
  @Inject NotificationService notifications;

  @Test
  void theEmployeeRecordsARealisationOfTheApprovedPlanAndChangesItWithTheVersionSeen()
      throws Exception {
    year = 2040;
    long indicator = inspekturIndicator();
    long q1 = quarter(1);
    RealisationSheet empty = as(INSPEKTUR, () -> realisations.mine(q1));
    RealisationSheet.Row row = only(empty.rows());
    assertEquals(indicator, row.indicatorId());
    assertEquals("100", row.target());
    assertNull(row.realisation());
    assertEquals(SEKDA, empty.appraiserNip());

    RealisationView created =
        as(INSPEKTUR, () -> realisations.record(indicator, q1, null, "95", "Empat audit"));
    assertEquals("95", created.achieved());
    assertEquals("Empat audit", created.description());
    RealisationView changed =
        as(
            INSPEKTUR,
            () -> realisations.record(indicator, q1, created.version(), "98", "Lima audit"));
    assertEquals("98", changed.achieved());

    // Optimistic locking: a stale version, or none for an existing realisation, is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            as(
                INSPEKTUR,
                () -> realisations.record(indicator, q1, created.version(), "90", "Lama")));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> as(INSPEKTUR, () -> realisations.record(indicator, q1, null, "90", "Baru")));

    RealisationSheet seenByAppraiser =
        as(SEKDA, () -> realisations.forEmployeePeriod(empty.employeeId(), q1));
    assertEquals("98", only(seenByAppraiser.rows()).realisation().achieved());
    assertEquals(
        "98", only(as(INSPEKTUR, () -> realisations.mine(q1)).rows()).realisation().achieved());
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(BAPPEDA, () -> realisations.forEmployeePeriod(empty.employeeId(), q1)));
    // Another employee cannot change it, even with the right version.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(BAPPEDA, () -> realisations.record(indicator, q1, changed.version(), "1", "x")));
    assertEquals(
        List.of("create", "update"),
        auditActions(RealisationService.AUDIT_REALISATION, created.id()));
  }

  @Test
  void onlyIndicatorsOfTheApprovedPlanAndPeriodsOfItsYearTakeRealisations() throws Exception {
    year = 2041;
    long indicator = inspekturIndicator();
    long draftIndicator = draftIndicatorOfAuditor();
    long q1 = quarter(1);
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> as(AUDITOR, () -> realisations.record(draftIndicator, q1, null, "1", null)));
    long wholeYear = period(PeriodKind.YEAR, 0).id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> as(INSPEKTUR, () -> realisations.record(indicator, wholeYear, null, "1", null)));
    long q4 = quarter(4);
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> as(INSPEKTUR, () -> realisations.record(indicator, q4, null, " ", null)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> as(INSPEKTUR, () -> realisations.record(Long.MAX_VALUE, q1, null, "1", null)));
  }

  @Test
  void evidenceFilesAreAcceptedOrRefusedByTheirContentAndNothingSavedIsLost() throws Exception {
    year = 2042;
    RealisationView realisation = recorded(3);
    long id = realisation.id();
    RealisationView withFile =
        as(INSPEKTUR, () -> realisations.addFile(id, "../laporan audit.exe", PDF));
    EvidenceView file = only(withFile.evidence());
    assertEquals(EvidenceKind.FILE, file.kind());
    assertEquals("laporan audit.exe.pdf", file.fileName());
    assertEquals("application/pdf", file.contentType());
    assertEquals((long) PDF.length, file.sizeBytes());
    assertEquals(64, file.sha256().length());

    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] plainZip = zip("a.txt");
    byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    for (byte[] refused : List.of(html, plainZip, new byte[0], tooLarge)) {
      assertKind(
          RuleViolation.Kind.INVALID,
          () -> as(INSPEKTUR, () -> realisations.addFile(id, "bukti.pdf", refused)));
    }
    RealisationView withDocx =
        as(
            INSPEKTUR,
            () ->
                realisations.addFile(
                    id,
                    "notulen.docx",
                    zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
    assertEquals(
        List.of("laporan audit.exe.pdf", "notulen.docx"),
        withDocx.evidence().stream().map(EvidenceView::fileName).toList());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        withDocx.evidence().get(1).contentType());

    // Links: only http(s).
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> as(INSPEKTUR, () -> realisations.addLink(id, "javascript:alert(1)")));
    RealisationView withLink =
        as(INSPEKTUR, () -> realisations.addLink(id, "https://drive.lampungprov.go.id/x"));
    EvidenceView link = withLink.evidence().get(2);
    assertEquals(EvidenceKind.LINK, link.kind());
    assertEquals("https://drive.lampungprov.go.id/x", link.url());

    // The appraiser downloads the same bytes with the detected type; a link has no file.
    EvidenceDownload download = as(SEKDA, () -> realisations.download(file.id()));
    assertArrayEquals(PDF, download.content());
    assertEquals("application/pdf", download.contentType());
    assertEquals(file.sha256(), download.sha256());
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> as(BAPPEDA, () -> realisations.download(file.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> as(INSPEKTUR, () -> realisations.download(link.id())));

    // Only the employee removes evidence; the file goes with it.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(SEKDA, () -> realisations.removeEvidence(file.id())));
    RealisationView removed = as(INSPEKTUR, () -> realisations.removeEvidence(file.id()));
    assertEquals(2, removed.evidence().size());
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> as(INSPEKTUR, () -> realisations.download(file.id())));
    assertEquals(
        List.of("add_file", "remove"), auditActions(RealisationService.AUDIT_EVIDENCE, file.id()));
    assertEquals(List.of("add_link"), auditActions(RealisationService.AUDIT_EVIDENCE, link.id()));
  }

  @Test
  void onlyTheDirectSupervisorGivesFeedbackAndTheEmployeeSeesItAtOnce() throws Exception {
    year = 2043;
    RealisationView realisation = recorded(1);
    long id = realisation.id();
    long q1 = quarter(1);
    RealisationView withFeedback =
        as(SEKDA, () -> realisations.giveFeedback(id, "Lengkapi laporan hasil audit."));
    RealisationSheet.FeedbackView entry =
        withFeedback.feedback().get(withFeedback.feedback().size() - 1);
    assertEquals(SEKDA, entry.authorNip());
    assertEquals("Lengkapi laporan hasil audit.", entry.text());
    assertTrue(entry.givenAt() != null);
    RealisationView seen = only(as(INSPEKTUR, () -> realisations.mine(q1)).rows()).realisation();
    assertTrue(seen.feedback().stream().anyMatch(f -> f.id() == entry.id()), seen::toString);
    assertTrue(
        InRegion.asCaller(
                transaction,
                LAMPUNG,
                INSPEKTUR,
                java.util.Set.of("employee"),
                () -> notifications.mine())
            .stream()
            .anyMatch(n -> n.kind() == NoticeKind.FEEDBACK_GIVEN),
        "the employee is notified of the feedback");

    for (Approver other :
        List.of(Approver.employee(INSPEKTUR), Approver.employee(BAPPEDA), Approver.admin(ADMIN))) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> as(other, () -> realisations.giveFeedback(id, "Bagus")));
    }
    assertKind(
        RuleViolation.Kind.INVALID, () -> as(SEKDA, () -> realisations.giveFeedback(id, "  ")));
    assertEquals(List.of("give"), auditActions(RealisationService.AUDIT_FEEDBACK, entry.id()));
    assertTrue(
        as(SEKDA, () -> realisations.team()).stream().anyMatch(m -> m.nip().equals(INSPEKTUR)));
    assertTrue(
        as(INSPEKTUR, () -> realisations.team()).stream().noneMatch(m -> m.nip().equals(SEKDA)));
  }

  @Test
  void aLockedPeriodRefusesRealisationsEvidenceAndFeedback() throws Exception {
    year = 2044;
    RealisationView realisation = recorded(2);
    long id = realisation.id();
    long indicator = inspekturIndicator();
    PeriodView q2 = period(PeriodKind.QUARTER, 2);
    PeriodView locked = lampung(() -> periods.setState(q2.id(), q2.version(), PeriodState.LOCKED));
    try {
      RuleViolation refused =
          assertKind(
              RuleViolation.Kind.CONFLICT,
              () ->
                  as(
                      INSPEKTUR,
                      () ->
                          realisations.record(
                              indicator, q2.id(), realisation.version(), "1", null)));
      assertTrue(refused.messageEn().contains("locked"), refused.messageEn());
      assertTrue(refused.messageId().contains("dikunci"), refused.messageId());
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> as(INSPEKTUR, () -> realisations.addFile(id, "a.pdf", PDF)));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> as(INSPEKTUR, () -> realisations.addLink(id, "https://example.org/")));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> as(SEKDA, () -> realisations.giveFeedback(id, "Baik")));
      RealisationView unchanged =
          only(as(INSPEKTUR, () -> realisations.mine(q2.id())).rows()).realisation();
      assertEquals(realisation.achieved(), unchanged.achieved());
      assertEquals(realisation.version(), unchanged.version());
    } finally {
      lampung(() -> periods.setState(q2.id(), locked.version(), PeriodState.OPEN));
    }
  }

  @Test
  void anotherRegionsIdsAreNotFoundAndAnotherRegionsUserIsRefused() throws Exception {
    year = 2045;
    RealisationView realisation = recorded(1);
    long id = realisation.id();
    long indicator = inspekturIndicator();
    long q1 = quarter(1);
    long employeeId = as(INSPEKTUR, () -> realisations.mine(q1)).employeeId();
    long evidence =
        as(INSPEKTUR, () -> realisations.addLink(id, "https://example.org/bukti"))
            .evidence()
            .stream()
            .mapToLong(EvidenceView::id)
            .max()
            .orElseThrow();
    List<Work<?>> strangerWork =
        List.of(
            () -> realisations.mine(q1),
            () -> realisations.forEmployeePeriod(employeeId, q1),
            () -> realisations.record(indicator, q1, null, "1", null),
            () -> realisations.addFile(id, "a.pdf", PDF),
            () -> realisations.addLink(id, "https://example.org/"),
            () -> realisations.removeEvidence(evidence),
            () -> realisations.download(evidence),
            () -> realisations.giveFeedback(id, "Bagus"));
    for (Work<?> work : strangerWork) {
      assertKind(RuleViolation.Kind.NOT_FOUND, () -> inBanyumanikAs(BANYUMANIK_PENILAI, work));
    }
    // Lampung's employee and appraiser are nobody in Banyumanik.
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> inBanyumanikAs(INSPEKTUR, () -> realisations.mine(q1)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> inBanyumanikAs(SEKDA, () -> realisations.giveFeedback(id, "x")));
    assertTrue(
        inBanyumanikAs(BANYUMANIK_PENILAI, () -> realisations.team()).stream()
            .noneMatch(m -> m.nip().equals(INSPEKTUR)));
    assertEquals(List.of(), auditActions(BANYUMANIK, RealisationService.AUDIT_REALISATION, id));
    assertEquals(
        realisation.version(),
        only(as(INSPEKTUR, () -> realisations.mine(q1)).rows()).realisation().version());
  }

  @Test
  void afterARevisionTheRealisationsOfTheEarlierVersionStayAndItsIkiTakesNoNewOnes()
      throws Exception {
    year = 2046;
    RealisationView earlier = recorded(1);
    long oldIndicator = inspekturIndicator();
    long q1 = quarter(1);
    long q4 = quarter(4);
    PlanView v1 = as(INSPEKTUR, () -> reading.planInForce(year)).orElseThrow();
    PlanView v2 = as(INSPEKTUR, () -> drafting.revise(v1.id(), v1.version()));
    PlanView submitted = as(INSPEKTUR, () -> drafting.submit(v2.id(), v2.version()));
    as(SEKDA, () -> review.approve(v2.id(), submitted.version()));
    long newIndicator = inspekturIndicator();
    assertTrue(newIndicator != oldIndicator);

    RealisationSheet sheet = as(INSPEKTUR, () -> realisations.mine(q1));
    assertEquals(v2.id(), sheet.planId());
    assertEquals(
        List.of(newIndicator, oldIndicator),
        sheet.rows().stream().map(RealisationSheet.Row::indicatorId).toList());
    assertTrue(sheet.rows().get(0).inForce());
    assertNull(sheet.rows().get(0).realisation());
    assertEquals(earlier.id(), sheet.rows().get(1).realisation().id());
    assertTrue(!sheet.rows().get(1).inForce());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> as(INSPEKTUR, () -> realisations.record(oldIndicator, q4, null, "1", null)));
    assertEquals(
        "100",
        as(INSPEKTUR, () -> realisations.record(newIndicator, q4, null, "100", null)).achieved());
  }

  // ---- helpers ----

  /** The Inspektur's realisation of the quarter, recorded if there is none yet. */
  private RealisationView recorded(int quarter) throws Exception {
    long indicator = inspekturIndicator();
    long period = quarter(quarter);
    RealisationView existing =
        only(as(INSPEKTUR, () -> realisations.mine(period)).rows()).realisation();
    return existing != null
        ? existing
        : as(INSPEKTUR, () -> realisations.record(indicator, period, null, "100", "Sesuai"));
  }

  /**
   * The IKI of the Inspektur's approved plan of the year (targets 100 in every quarter), built once
   * with the Sekda's approved plan it supports.
   */
  private long inspekturIndicator() throws Exception {
    var inForce = as(INSPEKTUR, () -> reading.planInForce(year));
    if (inForce.isPresent()) {
      return inForce.get().results().get(0).indicators().get(0).id();
    }
    var sekdaInForce = as(SEKDA, () -> reading.planInForce(year));
    long top =
        sekdaInForce.isPresent()
            ? sekdaInForce.get().results().get(0).id()
            : approved(SEKDA, null, Approver.admin(ADMIN), "Meningkatnya akuntabilitas daerah")
                .results()
                .get(0)
                .id();
    return approved(INSPEKTUR, top, Approver.employee(SEKDA), "Meningkatnya kualitas pengawasan")
        .results()
        .get(0)
        .indicators()
        .get(0)
        .id();
  }

  /** An IKI of a plan that is only a draft: the auditor's. */
  private long draftIndicatorOfAuditor() throws Exception {
    PlanView draft = as(AUDITOR, () -> drafting.myPlan(year));
    if (!draft.results().isEmpty()) {
      return draft.results().get(0).indicators().get(0).id();
    }
    PlanView withResult =
        as(
            AUDITOR,
            () ->
                drafting.addResult(
                    draft.id(),
                    draft.version(),
                    new ResultInput(ResultKind.TAMBAHAN, "Audit kinerja", null)));
    long resultId = withResult.results().get(0).id();
    return as(
            AUDITOR,
            () ->
                drafting.addIndicator(
                    draft.id(),
                    withResult.version(),
                    resultId,
                    new IndicatorInput(
                        "Laporan audit", Aspect.KUANTITAS, "laporan", Map.of(1, "2"))))
        .results()
        .get(0)
        .indicators()
        .get(0)
        .id();
  }

  private PlanView approved(String nip, Long supports, Approver approver, String text)
      throws Exception {
    return new PlanFixtures(transaction, LAMPUNG, year)
        .approved(nip, supports, approver, text, Map.of(1, "100", 2, "100", 3, "100", 4, "100"));
  }

  private long quarter(int number) throws Exception {
    return period(PeriodKind.QUARTER, number).id();
  }

  /** A period of the year, opening the year if no test has yet. */
  private PeriodView period(PeriodKind kind, int number) throws Exception {
    List<PeriodView> ofYear = lampung(() -> periods.periods(year));
    if (ofYear.isEmpty()) {
      ofYear = lampung(() -> periods.openYear(year));
    }
    return ofYear.stream()
        .filter(p -> p.kind() == kind && p.number() == number)
        .findFirst()
        .orElseThrow();
  }

  static byte[] zip(String... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String part : parts) {
        zip.putNextEntry(new ZipEntry(part));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), items::toString);
    return items.get(0);
  }

  private List<String> auditActions(String entity, long id) throws Exception {
    return auditActions(LAMPUNG, entity, id);
  }

  private List<String> auditActions(String region, String entity, long id) throws Exception {
    return inTransaction(
        region, () -> InRegion.auditActions(entityManager.get(), entity, String.valueOf(id)));
  }

  private static RuleViolation assertKind(RuleViolation.Kind kind, Work<?> work) {
    return InRegion.assertRefused(kind, work);
  }

  /** Runs {@code work} in Lampung as the employee {@code nip}. */
  private <T> T as(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, LAMPUNG, nip, Set.of("employee"), work);
  }

  /** Runs {@code work} in Lampung as {@code who}, with the admin role if they have it. */
  private <T> T as(Approver who, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, LAMPUNG, who.nip(), who.roles(), work);
  }

  private <T> T inBanyumanikAs(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee"), work);
  }

  private <T> T lampung(Work<T> work) throws Exception {
    return inTransaction(LAMPUNG, work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
