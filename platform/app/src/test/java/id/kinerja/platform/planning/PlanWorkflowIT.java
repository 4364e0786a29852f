package id.kinerja.platform.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.planning.PlanFixtures.Approver;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.CascadeNode;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanChanges;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanSummary;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SKP workflow inside the real WAR on Payara Micro and PostgreSQL, acting as demo employees of
 * Bungo (monthly) by NIP, and as Banyumanik's appraiser for isolation. The cascade of approved
 * plans (Sekda → Kepala Dinas Kesehatan → Kepala Puskesmas) is built once, by the first test that
 * needs it. Uses regions whose audit chains the other integration tests do not count.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class PlanWorkflowIT {

  private static final String BUNGO = "bungo";
  private static final String BANYUMANIK = "banyumanik";
  private static final int YEAR = 2027;

  /** Bungo's Sekretaris Daerah: the top of the tree. */
  private static final String SEKDA = "196804301994021009";

  /** Bungo's pengelola kinerja (demo admin). */
  private static final String ADMIN = "199805282021121057";

  /** Kepala Dinas Kesehatan, reporting to the Sekda. */
  private static final String KADINKES = "196909131991062099";

  /** Kepala UPTD Puskesmas Muara Bungo I: the demo penilai. */
  private static final String PENILAI = "198312192006012011";

  /** Bidan Ahli Pertama: the demo pegawai, reporting to the penilai. */
  private static final String PEGAWAI = "199011222019122120";

  /** Other direct reports of the penilai. */
  private static final String HASAN = "199803042022011005";

  private static final String YULIA_Z = "199211032021122008";
  private static final String HENDRI = "199007152023041006";
  private static final String YULIA_M = "199712212022032106";

  /** Banyumanik's demo penilai. */
  private static final String BANYUMANIK_PENILAI = "198210112004122079";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(PlanWorkflowIT.class);
  }

  @Inject PlanDrafting drafting;
  @Inject PlanReview review;
  @Inject PlanReading reading;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void draftSubmitApproveByTheDirectSupervisorIsAuditedAndJoinsTheCascade() throws Exception {
    long supervisorResult = cascade();
    PlanView plan = as(PEGAWAI, () -> drafting.myPlan(YEAR));
    assertEquals(PlanStatus.DRAFT, plan.status());
    assertEquals(1, plan.planVersion());
    assertEquals(PENILAI, plan.appraiserNip());

    PlanView submitted = submitted(PEGAWAI, supervisorResult, "Pelayanan KIA terlaksana");
    assertEquals(PlanStatus.SUBMITTED, submitted.status());
    List<PlanSummary> toReview = as(PENILAI, () -> review.plansToReview());
    assertTrue(toReview.stream().anyMatch(s -> s.id() == plan.id()), toReview::toString);

    PlanView approved = as(PENILAI, () -> review.approve(plan.id(), submitted.version()));
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertEquals(PENILAI, approved.approvedByNip());
    assertTrue(approved.approvedAt() != null);
    assertEquals(plan.id(), as(PEGAWAI, () -> drafting.myPlan(YEAR)).id());
    assertFalse(
        as(PENILAI, () -> review.plansToReview()).stream().anyMatch(s -> s.id() == plan.id()));

    assertEquals(
        List.of("create", "add_result", "add_indicator", "submit", "approve"),
        auditActions(BUNGO, plan.id()));

    // The region's tree: Sekda → Kadinkes → Kepala Puskesmas → the pegawai.
    List<CascadeNode> tree = as(PEGAWAI, () -> reading.cascadeTree(YEAR));
    CascadeNode top =
        tree.stream().filter(n -> n.employeeNip().equals(SEKDA)).findFirst().orElseThrow();
    CascadeNode kadinkes = only(top.children(), KADINKES);
    CascadeNode penilai = only(kadinkes.children(), PENILAI);
    CascadeNode pegawai = only(penilai.children(), PEGAWAI);
    assertEquals("Pelayanan KIA terlaksana", pegawai.text());
  }

  @Test
  void approvalOrReturnBySomeoneOtherThanTheDirectSupervisorIsRefused() throws Exception {
    long supervisorResult = cascade();
    PlanView submitted = submittedOnce(YULIA_Z, supervisorResult, "Asuhan keperawatan");
    long id = submitted.id();
    long version = submitted.version();
    for (Approver other :
        List.of(
            Approver.employee(HASAN),
            Approver.employee(KADINKES),
            Approver.employee(YULIA_Z),
            Approver.admin(ADMIN))) {
      assertKind(RuleViolation.Kind.FORBIDDEN, () -> as(other, () -> review.approve(id, version)));
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> as(other, () -> review.returnPlan(id, version, "Tidak")));
    }
    assertKind(RuleViolation.Kind.FORBIDDEN, () -> as(HASAN, () -> reading.plan(id)));
    assertTrue(as(HASAN, () -> review.plansToReview()).stream().noneMatch(s -> s.id() == id));
    assertEquals(PlanStatus.SUBMITTED, as(YULIA_Z, () -> reading.plan(id)).status());
    assertEquals(version, as(PENILAI, () -> reading.plan(id)).version());
  }

  @Test
  void returnNeedsAReasonAndTheReturnedPlanCanBeEditedAndSubmittedAgain() throws Exception {
    long supervisorResult = cascade();
    PlanView submitted = submitted(HENDRI, supervisorResult, "Pelayanan rawat jalan");
    long id = submitted.id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () -> as(PENILAI, () -> review.returnPlan(id, submitted.version(), "  ")));
    PlanView returned =
        as(PENILAI, () -> review.returnPlan(id, submitted.version(), "Target belum terukur"));
    assertEquals(PlanStatus.RETURNED, returned.status());
    assertEquals("Target belum terukur", returned.returnReason());
    // A stale version is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> as(HENDRI, () -> drafting.submit(id, submitted.version())));

    long resultId = returned.results().get(0).id();
    PlanView edited =
        as(
            HENDRI,
            () ->
                drafting.addIndicator(
                    id,
                    returned.version(),
                    resultId,
                    new IndicatorInput(
                        "Waktu tunggu pasien", Aspect.WAKTU, "menit", Map.of(1, "30", 2, "25"))));
    PlanView again = as(HENDRI, () -> drafting.submit(id, edited.version()));
    PlanView approved = as(PENILAI, () -> review.approve(id, again.version()));
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertNull(approved.returnReason());
    assertEquals(Map.of(1, "30", 2, "25"), approved.results().get(0).indicators().get(1).targets());
    assertEquals(
        List.of(
            "create",
            "add_result",
            "add_indicator",
            "submit",
            "return",
            "add_indicator",
            "submit",
            "approve"),
        auditActions(BUNGO, id));
  }

  @Test
  void changingAnApprovedPlanCreatesANewVersionAndTheApprovedOneStaysUntilItIsApproved()
      throws Exception {
    long supervisorResult = cascade();
    PlanView first = submitted(YULIA_M, supervisorResult, "Persalinan aman");
    PlanView v1 = as(PENILAI, () -> review.approve(first.id(), first.version()));

    // Not edited in place.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            as(
                YULIA_M,
                () ->
                    drafting.addResult(
                        v1.id(),
                        v1.version(),
                        new ResultInput(ResultKind.TAMBAHAN, "Tambahan", null))));

    PlanView v2 = as(YULIA_M, () -> drafting.revise(v1.id(), v1.version()));
    assertEquals(2, v2.planVersion());
    assertEquals(PlanStatus.DRAFT, v2.status());
    assertEquals(v1.results().size(), v2.results().size());
    assertEquals(supervisorResult, v2.results().get(0).supportsId());
    assertEquals(v2.id(), as(YULIA_M, () -> drafting.myPlan(YEAR)).id());
    assertEquals(v1.id(), as(YULIA_M, () -> reading.planInForce(YEAR)).orElseThrow().id());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> as(YULIA_M, () -> drafting.revise(v1.id(), v1.version())));

    PlanView changed =
        as(
            YULIA_M,
            () ->
                drafting.addResult(
                    v2.id(),
                    v2.version(),
                    new ResultInput(ResultKind.TAMBAHAN, "Kelas ibu hamil", null)));
    PlanView submitted = as(YULIA_M, () -> drafting.submit(v2.id(), changed.version()));
    assertEquals(v1.id(), as(YULIA_M, () -> reading.planInForce(YEAR)).orElseThrow().id());
    assertEquals(PlanStatus.APPROVED, as(YULIA_M, () -> reading.plan(v1.id())).status());

    PlanView approved = as(PENILAI, () -> review.approve(v2.id(), submitted.version()));
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertEquals(2, approved.results().size());
    assertEquals(PlanStatus.SUPERSEDED, as(YULIA_M, () -> reading.plan(v1.id())).status());
    assertEquals(v2.id(), as(YULIA_M, () -> reading.planInForce(YEAR)).orElseThrow().id());
    assertEquals(
        List.of("create", "add_result", "add_indicator", "submit", "approve", "supersede"),
        auditActions(BUNGO, v1.id()));
    assertEquals(
        List.of("revise", "add_result", "submit", "approve"), auditActions(BUNGO, v2.id()));
  }

  @Test
  void utamaResultWithoutSupportsIsRefusedForAnEmployeeBelowTheTop() throws Exception {
    long supervisorResult = cascade();
    PlanView plan = as(HASAN, () -> drafting.myPlan(YEAR));
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            as(
                HASAN,
                () ->
                    drafting.addResult(
                        plan.id(),
                        plan.version(),
                        new ResultInput(ResultKind.UTAMA, "Pelayanan", null))));
    // Supporting the Kadinkes' RHK (not the direct supervisor's) is refused too.
    long kadinkesResult = as(PENILAI, () -> reading.supportableResults(YEAR)).get(0).id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            as(
                HASAN,
                () ->
                    drafting.addResult(
                        plan.id(),
                        plan.version(),
                        new ResultInput(ResultKind.UTAMA, "Pelayanan", kadinkesResult))));
    assertTrue(as(HASAN, () -> drafting.myPlan(YEAR)).results().isEmpty());
    assertEquals(
        List.of(supervisorResult),
        as(HASAN, () -> reading.supportableResults(YEAR)).stream()
            .map(PlanView.ResultView::id)
            .toList());
    // The top of the tree needs no link.
    PlanView top = as(SEKDA, () -> drafting.myPlan(YEAR + 1));
    PlanView withResult =
        as(
            SEKDA,
            () ->
                drafting.addResult(
                    top.id(),
                    top.version(),
                    new ResultInput(ResultKind.UTAMA, "Visi daerah", null)));
    assertNull(withResult.results().get(0).supportsId());
  }

  @Test
  void anotherRegionCanNeitherSeeNorApproveThePlan() throws Exception {
    long supervisorResult = cascade();
    PlanView submitted = submittedOnce(YULIA_Z, supervisorResult, "Asuhan keperawatan");
    long id = submitted.id();
    String stranger = BANYUMANIK_PENILAI;
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> inBanyumanikAs(stranger, () -> reading.plan(id)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inBanyumanikAs(stranger, () -> review.approve(id, submitted.version())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inBanyumanikAs(stranger, () -> review.returnPlan(id, submitted.version(), "x")));
    // Bungo's penilai is nobody in Banyumanik.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> inBanyumanikAs(PENILAI, () -> review.approve(id, submitted.version())));
    assertTrue(inBanyumanikAs(stranger, () -> review.plansToReview()).isEmpty());
    assertTrue(inBanyumanikAs(stranger, () -> reading.cascadeTree(YEAR)).isEmpty());
    assertEquals(List.of(), auditActions(BANYUMANIK, id));
    assertEquals(PlanStatus.SUBMITTED, as(PENILAI, () -> reading.plan(id)).status());
  }

  // ---- helpers ----

  /**
   * Builds (once) the approved cascade Sekda → Kadinkes → penilai for the year and returns the
   * penilai's approved RHK.
   */
  private long cascade() throws Exception {
    Optional<PlanView> inForce = as(PENILAI, () -> reading.planInForce(YEAR));
    if (inForce.isPresent()) {
      return inForce.get().results().get(0).id();
    }
    long top = approvedResult(SEKDA, null, Approver.admin(ADMIN), "Meningkatnya kinerja daerah");
    long kadinkes =
        approvedResult(KADINKES, top, Approver.employee(SEKDA), "Meningkatnya derajat kesehatan");
    return approvedResult(
        PENILAI, kadinkes, Approver.employee(KADINKES), "Meningkatnya mutu layanan puskesmas");
  }

  private long approvedResult(String nip, Long supports, Approver approver, String text)
      throws Exception {
    return fixtures().approvedResult(nip, supports, approver, text);
  }

  /** The employee's plan of the year with one UTAMA RHK and one IKI with a target, submitted. */
  private PlanView submitted(String nip, Long supports, String text) throws Exception {
    return fixtures().submitted(nip, supports, text);
  }

  /**
   * The employee's plan as {@link #submitted}, or the one already submitted: tests that only look
   * at a submitted plan share it, whichever runs first.
   */
  private PlanView submittedOnce(String nip, Long supports, String text) throws Exception {
    PlanView existing = as(nip, () -> drafting.myPlan(YEAR));
    return existing.status() == PlanStatus.SUBMITTED ? existing : submitted(nip, supports, text);
  }

  private PlanFixtures fixtures() {
    return new PlanFixtures(transaction, BUNGO, YEAR);
  }

  private static CascadeNode only(List<CascadeNode> nodes, String nip) {
    List<CascadeNode> matching = nodes.stream().filter(n -> n.employeeNip().equals(nip)).toList();
    assertEquals(1, matching.size(), nodes::toString);
    return matching.get(0);
  }

  private List<String> auditActions(String region, long planId) throws Exception {
    return inTransaction(
        region,
        () ->
            InRegion.auditActions(
                entityManager.get(), PlanChanges.AUDIT_ENTITY, String.valueOf(planId)));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  /** Runs {@code work} in Bungo as the employee {@code nip}. */
  private <T> T as(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BUNGO, nip, Set.of("employee"), work);
  }

  /** Runs {@code work} in Bungo as {@code who}, with the admin role if they have it. */
  private <T> T as(Approver who, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BUNGO, who.nip(), who.roles(), work);
  }

  private <T> T inBanyumanikAs(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee"), work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
