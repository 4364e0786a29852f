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
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanService;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Realisations inside the real WAR on Payara Micro and PostgreSQL, acting as Lampung's (quarterly)
 * demo employees by NIP in 2028: the Inspektur records realisations of her approved plan, the
 * Sekretaris Daerah (her pejabat penilai) gives feedback; Banyumanik's appraiser for isolation. The
 * approved plans (Sekda → Inspektur) are built once, by the first test that needs them. Lampung is
 * a region whose audit chain the other integration tests do not count.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealisationIT {

  private static final String LAMPUNG = "lampung";
  private static final String BANYUMANIK = "banyumanik";
  private static final int YEAR = 2028;

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
  @Inject PlanService plans;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;
  @Inject NotificationService notifications;

  @Test
  @Order(1)
  void theEmployeeRecordsARealisationOfTheApprovedPlanAndChangesItWithTheVersionSeen()
      throws Exception {
    long indicator = inspekturIndicator();
    long q1 = quarter(1);
    RealisationSheet empty = lampung(() -> realisations.mine(INSPEKTUR, q1));
    RealisationSheet.Row row = only(empty.rows());
    assertEquals(indicator, row.indicatorId());
    assertEquals("100", row.target());
    assertNull(row.realisation());
    assertEquals(SEKDA, empty.appraiserNip());

    RealisationView created =
        lampung(() -> realisations.record(INSPEKTUR, indicator, q1, null, "95", "Empat audit"));
    assertEquals("95", created.achieved());
    assertEquals("Empat audit", created.description());
    RealisationView changed =
        lampung(
            () ->
                realisations.record(
                    INSPEKTUR, indicator, q1, created.version(), "98", "Lima audit"));
    assertEquals("98", changed.achieved());

    // Optimistic locking: a stale version, or none for an existing realisation, is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            lampung(
                () ->
                    realisations.record(
                        INSPEKTUR, indicator, q1, created.version(), "90", "Lama")));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> lampung(() -> realisations.record(INSPEKTUR, indicator, q1, null, "90", "Baru")));

    RealisationSheet seenByAppraiser =
        lampung(
            () -> realisations.forEmployeePeriod(Actor.employee(SEKDA), empty.employeeId(), q1));
    assertEquals("98", only(seenByAppraiser.rows()).realisation().achieved());
    assertEquals(
        "98",
        only(lampung(() -> realisations.mine(INSPEKTUR, q1)).rows()).realisation().achieved());
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            lampung(
                () ->
                    realisations.forEmployeePeriod(
                        Actor.employee(BAPPEDA), empty.employeeId(), q1)));
    // Another employee cannot change it, even with the right version.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            lampung(
                () -> realisations.record(BAPPEDA, indicator, q1, changed.version(), "1", "x")));
    assertEquals(
        List.of("create", "update"),
        auditActions(RealisationService.AUDIT_REALISATION, created.id()));
  }

  @Test
  @Order(2)
  void onlyIndicatorsOfTheApprovedPlanAndPeriodsOfItsYearTakeRealisations() throws Exception {
    long indicator = inspekturIndicator();
    long draftIndicator = draftIndicatorOfAuditor();
    long q1 = quarter(1);
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> lampung(() -> realisations.record(AUDITOR, draftIndicator, q1, null, "1", null)));
    long wholeYear = period(PeriodKind.YEAR, 0).id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> lampung(() -> realisations.record(INSPEKTUR, indicator, wholeYear, null, "1", null)));
    long q4 = quarter(4);
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> lampung(() -> realisations.record(INSPEKTUR, indicator, q4, null, " ", null)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> lampung(() -> realisations.record(INSPEKTUR, Long.MAX_VALUE, q1, null, "1", null)));
  }

  @Test
  @Order(3)
  void evidenceFilesAreAcceptedOrRefusedByTheirContentAndNothingSavedIsLost() throws Exception {
    RealisationView realisation = recorded(3);
    long id = realisation.id();
    RealisationView withFile =
        lampung(() -> realisations.addFile(INSPEKTUR, id, "../laporan audit.exe", PDF));
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
          () -> lampung(() -> realisations.addFile(INSPEKTUR, id, "bukti.pdf", refused)));
    }
    RealisationView withDocx =
        lampung(
            () ->
                realisations.addFile(
                    INSPEKTUR,
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
        () -> lampung(() -> realisations.addLink(INSPEKTUR, id, "javascript:alert(1)")));
    RealisationView withLink =
        lampung(() -> realisations.addLink(INSPEKTUR, id, "https://drive.lampungprov.go.id/x"));
    EvidenceView link = withLink.evidence().get(2);
    assertEquals(EvidenceKind.LINK, link.kind());
    assertEquals("https://drive.lampungprov.go.id/x", link.url());

    // The appraiser downloads the same bytes with the detected type; a link has no file.
    EvidenceDownload download =
        lampung(() -> realisations.download(Actor.employee(SEKDA), file.id()));
    assertArrayEquals(PDF, download.content());
    assertEquals("application/pdf", download.contentType());
    assertEquals(file.sha256(), download.sha256());
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> lampung(() -> realisations.download(Actor.employee(BAPPEDA), file.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> lampung(() -> realisations.download(Actor.employee(INSPEKTUR), link.id())));

    // Only the employee removes evidence; the file goes with it.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> lampung(() -> realisations.removeEvidence(SEKDA, file.id())));
    RealisationView removed = lampung(() -> realisations.removeEvidence(INSPEKTUR, file.id()));
    assertEquals(2, removed.evidence().size());
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> lampung(() -> realisations.download(Actor.employee(INSPEKTUR), file.id())));
    assertEquals(
        List.of("add_file", "remove"), auditActions(RealisationService.AUDIT_EVIDENCE, file.id()));
    assertEquals(List.of("add_link"), auditActions(RealisationService.AUDIT_EVIDENCE, link.id()));
  }

  @Test
  @Order(4)
  void onlyTheDirectSupervisorGivesFeedbackAndTheEmployeeSeesItAtOnce() throws Exception {
    RealisationView realisation = recorded(1);
    long id = realisation.id();
    long q1 = quarter(1);
    RealisationView withFeedback =
        lampung(
            () ->
                realisations.giveFeedback(
                    Actor.employee(SEKDA), id, "Lengkapi laporan hasil audit."));
    RealisationSheet.FeedbackView entry =
        withFeedback.feedback().get(withFeedback.feedback().size() - 1);
    assertEquals(SEKDA, entry.authorNip());
    assertEquals("Lengkapi laporan hasil audit.", entry.text());
    assertTrue(entry.givenAt() != null);
    RealisationView seen =
        only(lampung(() -> realisations.mine(INSPEKTUR, q1)).rows()).realisation();
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

    for (Actor other :
        List.of(Actor.employee(INSPEKTUR), Actor.employee(BAPPEDA), new Actor(ADMIN, true))) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> lampung(() -> realisations.giveFeedback(other, id, "Bagus")));
    }
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> lampung(() -> realisations.giveFeedback(Actor.employee(SEKDA), id, "  ")));
    assertEquals(List.of("give"), auditActions(RealisationService.AUDIT_FEEDBACK, entry.id()));
    assertTrue(
        lampung(() -> realisations.team(SEKDA)).stream().anyMatch(m -> m.nip().equals(INSPEKTUR)));
    assertTrue(
        lampung(() -> realisations.team(INSPEKTUR)).stream().noneMatch(m -> m.nip().equals(SEKDA)));
  }

  @Test
  @Order(5)
  void aLockedPeriodRefusesRealisationsEvidenceAndFeedback() throws Exception {
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
                  lampung(
                      () ->
                          realisations.record(
                              INSPEKTUR, indicator, q2.id(), realisation.version(), "1", null)));
      assertTrue(refused.messageEn().contains("locked"), refused.messageEn());
      assertTrue(refused.messageId().contains("dikunci"), refused.messageId());
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> lampung(() -> realisations.addFile(INSPEKTUR, id, "a.pdf", PDF)));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> lampung(() -> realisations.addLink(INSPEKTUR, id, "https://example.org/")));
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () -> lampung(() -> realisations.giveFeedback(Actor.employee(SEKDA), id, "Baik")));
      RealisationView unchanged =
          only(lampung(() -> realisations.mine(INSPEKTUR, q2.id())).rows()).realisation();
      assertEquals(realisation.achieved(), unchanged.achieved());
      assertEquals(realisation.version(), unchanged.version());
    } finally {
      lampung(() -> periods.setState(q2.id(), locked.version(), PeriodState.OPEN));
    }
  }

  @Test
  @Order(6)
  void anotherRegionsIdsAreNotFoundAndAnotherRegionsUserIsRefused() throws Exception {
    RealisationView realisation = recorded(1);
    long id = realisation.id();
    long indicator = inspekturIndicator();
    long q1 = quarter(1);
    long employeeId = lampung(() -> realisations.mine(INSPEKTUR, q1)).employeeId();
    long evidence =
        lampung(() -> realisations.addLink(INSPEKTUR, id, "https://example.org/bukti"))
            .evidence()
            .stream()
            .mapToLong(EvidenceView::id)
            .max()
            .orElseThrow();
    Actor stranger = Actor.employee(BANYUMANIK_PENILAI);
    List<Work<?>> strangerWork =
        List.of(
            () -> realisations.mine(BANYUMANIK_PENILAI, q1),
            () -> realisations.forEmployeePeriod(stranger, employeeId, q1),
            () -> realisations.record(BANYUMANIK_PENILAI, indicator, q1, null, "1", null),
            () -> realisations.addFile(BANYUMANIK_PENILAI, id, "a.pdf", PDF),
            () -> realisations.addLink(BANYUMANIK_PENILAI, id, "https://example.org/"),
            () -> realisations.removeEvidence(BANYUMANIK_PENILAI, evidence),
            () -> realisations.download(stranger, evidence),
            () -> realisations.giveFeedback(stranger, id, "Bagus"));
    for (Work<?> work : strangerWork) {
      assertKind(RuleViolation.Kind.NOT_FOUND, () -> inTransaction(BANYUMANIK, work));
    }
    // Lampung's employee and appraiser are nobody in Banyumanik.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> inTransaction(BANYUMANIK, () -> realisations.mine(INSPEKTUR, q1)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            inTransaction(
                BANYUMANIK, () -> realisations.giveFeedback(Actor.employee(SEKDA), id, "x")));
    assertTrue(
        inTransaction(BANYUMANIK, () -> realisations.team(BANYUMANIK_PENILAI)).stream()
            .noneMatch(m -> m.nip().equals(INSPEKTUR)));
    assertEquals(List.of(), auditActions(BANYUMANIK, RealisationService.AUDIT_REALISATION, id));
    assertEquals(
        realisation.version(),
        only(lampung(() -> realisations.mine(INSPEKTUR, q1)).rows()).realisation().version());
  }

  @Test
  @Order(7)
  void afterARevisionTheRealisationsOfTheEarlierVersionStayAndItsIkiTakesNoNewOnes()
      throws Exception {
    RealisationView earlier = recorded(1);
    long oldIndicator = inspekturIndicator();
    long q1 = quarter(1);
    long q4 = quarter(4);
    PlanView v1 = lampung(() -> plans.planInForce(INSPEKTUR, YEAR)).orElseThrow();
    PlanView v2 = lampung(() -> plans.revise(INSPEKTUR, v1.id(), v1.version()));
    PlanView submitted = lampung(() -> plans.submit(INSPEKTUR, v2.id(), v2.version()));
    lampung(() -> plans.approve(Actor.employee(SEKDA), v2.id(), submitted.version()));
    long newIndicator = inspekturIndicator();
    assertTrue(newIndicator != oldIndicator);

    RealisationSheet sheet = lampung(() -> realisations.mine(INSPEKTUR, q1));
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
        () -> lampung(() -> realisations.record(INSPEKTUR, oldIndicator, q4, null, "1", null)));
    assertEquals(
        "100",
        lampung(() -> realisations.record(INSPEKTUR, newIndicator, q4, null, "100", null))
            .achieved());
  }

  // ---- helpers ----

  /** The Inspektur's realisation of the quarter, recorded if there is none yet. */
  private RealisationView recorded(int quarter) throws Exception {
    long indicator = inspekturIndicator();
    long period = quarter(quarter);
    RealisationView existing =
        only(lampung(() -> realisations.mine(INSPEKTUR, period)).rows()).realisation();
    return existing != null
        ? existing
        : lampung(() -> realisations.record(INSPEKTUR, indicator, period, null, "100", "Sesuai"));
  }

  /**
   * The IKI of the Inspektur's approved plan of the year (targets 100 in every quarter), built once
   * with the Sekda's approved plan it supports.
   */
  private long inspekturIndicator() throws Exception {
    var inForce = lampung(() -> plans.planInForce(INSPEKTUR, YEAR));
    if (inForce.isPresent()) {
      return inForce.get().results().get(0).indicators().get(0).id();
    }
    var sekdaInForce = lampung(() -> plans.planInForce(SEKDA, YEAR));
    long top =
        sekdaInForce.isPresent()
            ? sekdaInForce.get().results().get(0).id()
            : approved(SEKDA, null, new Actor(ADMIN, true), "Meningkatnya akuntabilitas daerah")
                .results()
                .get(0)
                .id();
    return approved(INSPEKTUR, top, Actor.employee(SEKDA), "Meningkatnya kualitas pengawasan")
        .results()
        .get(0)
        .indicators()
        .get(0)
        .id();
  }

  /** An IKI of a plan that is only a draft: the auditor's. */
  private long draftIndicatorOfAuditor() throws Exception {
    PlanView draft = lampung(() -> plans.myPlan(AUDITOR, YEAR));
    if (!draft.results().isEmpty()) {
      return draft.results().get(0).indicators().get(0).id();
    }
    PlanView withResult =
        lampung(
            () ->
                plans.addResult(
                    AUDITOR,
                    draft.id(),
                    draft.version(),
                    new ResultInput(ResultKind.TAMBAHAN, "Audit kinerja", null)));
    long resultId = withResult.results().get(0).id();
    return lampung(
            () ->
                plans.addIndicator(
                    AUDITOR,
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

  private PlanView approved(String nip, Long supports, Actor approver, String text)
      throws Exception {
    return new PlanFixtures(plans, transaction, LAMPUNG, YEAR)
        .approved(nip, supports, approver, text, Map.of(1, "100", 2, "100", 3, "100", 4, "100"));
  }

  private long quarter(int number) throws Exception {
    return period(PeriodKind.QUARTER, number).id();
  }

  /** A period of the year, opening the year if no test has yet. */
  private PeriodView period(PeriodKind kind, int number) throws Exception {
    List<PeriodView> year = lampung(() -> periods.periods(YEAR));
    if (year.isEmpty()) {
      year = lampung(() -> periods.openYear(YEAR));
    }
    return year.stream()
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

  private <T> T lampung(Work<T> work) throws Exception {
    return inTransaction(LAMPUNG, work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
