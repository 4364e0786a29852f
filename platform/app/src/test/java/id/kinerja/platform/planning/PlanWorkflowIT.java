package id.kinerja.platform.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.planning.service.CascadeNode;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanService;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SKP workflow inside the real WAR on Payara Micro and PostgreSQL, acting as demo employees of
 * Bungo (monthly) by NIP, and as Banyumanik's appraiser for isolation. The cascade of approved
 * plans (Sekda → Kepala Dinas Kesehatan → Kepala Puskesmas) is built once, by the first test that
 * needs it. Uses regions whose audit chains the other integration tests do not count.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

  @Inject PlanService plans;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  @Order(1)
  void draftSubmitApproveByTheDirectSupervisorIsAuditedAndJoinsTheCascade() throws Exception {
    long supervisorResult = cascade();
    PlanView plan = bungo(() -> plans.myPlan(PEGAWAI, YEAR));
    assertEquals(PlanStatus.DRAFT, plan.status());
    assertEquals(1, plan.planVersion());
    assertEquals(PENILAI, plan.appraiserNip());

    PlanView submitted = submitted(PEGAWAI, supervisorResult, "Pelayanan KIA terlaksana");
    assertEquals(PlanStatus.SUBMITTED, submitted.status());
    List<PlanSummary> toReview = bungo(() -> plans.plansToReview(Actor.employee(PENILAI)));
    assertTrue(toReview.stream().anyMatch(s -> s.id() == plan.id()), toReview::toString);

    PlanView approved =
        bungo(() -> plans.approve(Actor.employee(PENILAI), plan.id(), submitted.version()));
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertEquals(PENILAI, approved.approvedByNip());
    assertTrue(approved.approvedAt() != null);
    assertEquals(plan.id(), bungo(() -> plans.myPlan(PEGAWAI, YEAR)).id());
    assertFalse(
        bungo(() -> plans.plansToReview(Actor.employee(PENILAI))).stream()
            .anyMatch(s -> s.id() == plan.id()));

    assertEquals(
        List.of("create", "add_result", "add_indicator", "submit", "approve"),
        auditActions(BUNGO, plan.id()));

    // The region's tree: Sekda → Kadinkes → Kepala Puskesmas → the pegawai.
    List<CascadeNode> tree = bungo(() -> plans.cascadeTree(YEAR));
    CascadeNode top =
        tree.stream().filter(n -> n.employeeNip().equals(SEKDA)).findFirst().orElseThrow();
    CascadeNode kadinkes = only(top.children(), KADINKES);
    CascadeNode penilai = only(kadinkes.children(), PENILAI);
    CascadeNode pegawai = only(penilai.children(), PEGAWAI);
    assertEquals("Pelayanan KIA terlaksana", pegawai.text());
  }

  @Test
  @Order(2)
  void approvalOrReturnBySomeoneOtherThanTheDirectSupervisorIsRefused() throws Exception {
    long supervisorResult = cascade();
    PlanView submitted = submitted(YULIA_Z, supervisorResult, "Asuhan keperawatan");
    long id = submitted.id();
    long version = submitted.version();
    for (Actor other :
        List.of(
            Actor.employee(HASAN),
            Actor.employee(KADINKES),
            Actor.employee(YULIA_Z),
            new Actor(ADMIN, true))) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN, () -> bungo(() -> plans.approve(other, id, version)));
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> bungo(() -> plans.returnPlan(other, id, version, "Tidak")));
    }
    assertKind(
        RuleViolation.Kind.FORBIDDEN, () -> bungo(() -> plans.plan(Actor.employee(HASAN), id)));
    assertTrue(
        bungo(() -> plans.plansToReview(Actor.employee(HASAN))).stream()
            .noneMatch(s -> s.id() == id));
    assertEquals(
        PlanStatus.SUBMITTED, bungo(() -> plans.plan(Actor.employee(YULIA_Z), id)).status());
    assertEquals(version, bungo(() -> plans.plan(Actor.employee(PENILAI), id)).version());
  }

  @Test
  @Order(3)
  void returnNeedsAReasonAndTheReturnedPlanCanBeEditedAndSubmittedAgain() throws Exception {
    long supervisorResult = cascade();
    PlanView submitted = submitted(HENDRI, supervisorResult, "Pelayanan rawat jalan");
    long id = submitted.id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            bungo(() -> plans.returnPlan(Actor.employee(PENILAI), id, submitted.version(), "  ")));
    PlanView returned =
        bungo(
            () ->
                plans.returnPlan(
                    Actor.employee(PENILAI), id, submitted.version(), "Target belum terukur"));
    assertEquals(PlanStatus.RETURNED, returned.status());
    assertEquals("Target belum terukur", returned.returnReason());
    // A stale version is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> bungo(() -> plans.submit(HENDRI, id, submitted.version())));

    long resultId = returned.results().get(0).id();
    PlanView edited =
        bungo(
            () ->
                plans.addIndicator(
                    HENDRI,
                    id,
                    returned.version(),
                    resultId,
                    new IndicatorInput(
                        "Waktu tunggu pasien", Aspect.WAKTU, "menit", Map.of(1, "30", 2, "25"))));
    PlanView again = bungo(() -> plans.submit(HENDRI, id, edited.version()));
    PlanView approved = bungo(() -> plans.approve(Actor.employee(PENILAI), id, again.version()));
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
  @Order(4)
  void changingAnApprovedPlanCreatesANewVersionAndTheApprovedOneStaysUntilItIsApproved()
      throws Exception {
    long supervisorResult = cascade();
    PlanView first = submitted(YULIA_M, supervisorResult, "Persalinan aman");
    PlanView v1 = bungo(() -> plans.approve(Actor.employee(PENILAI), first.id(), first.version()));

    // Not edited in place.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            bungo(
                () ->
                    plans.addResult(
                        YULIA_M,
                        v1.id(),
                        v1.version(),
                        new ResultInput(ResultKind.TAMBAHAN, "Tambahan", null))));

    PlanView v2 = bungo(() -> plans.revise(YULIA_M, v1.id(), v1.version()));
    assertEquals(2, v2.planVersion());
    assertEquals(PlanStatus.DRAFT, v2.status());
    assertEquals(v1.results().size(), v2.results().size());
    assertEquals(supervisorResult, v2.results().get(0).supportsId());
    assertEquals(v2.id(), bungo(() -> plans.myPlan(YULIA_M, YEAR)).id());
    assertEquals(v1.id(), bungo(() -> plans.planInForce(YULIA_M, YEAR)).orElseThrow().id());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> bungo(() -> plans.revise(YULIA_M, v1.id(), v1.version())));

    PlanView changed =
        bungo(
            () ->
                plans.addResult(
                    YULIA_M,
                    v2.id(),
                    v2.version(),
                    new ResultInput(ResultKind.TAMBAHAN, "Kelas ibu hamil", null)));
    PlanView submitted = bungo(() -> plans.submit(YULIA_M, v2.id(), changed.version()));
    assertEquals(v1.id(), bungo(() -> plans.planInForce(YULIA_M, YEAR)).orElseThrow().id());
    assertEquals(
        PlanStatus.APPROVED, bungo(() -> plans.plan(Actor.employee(YULIA_M), v1.id())).status());

    PlanView approved =
        bungo(() -> plans.approve(Actor.employee(PENILAI), v2.id(), submitted.version()));
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertEquals(2, approved.results().size());
    assertEquals(
        PlanStatus.SUPERSEDED, bungo(() -> plans.plan(Actor.employee(YULIA_M), v1.id())).status());
    assertEquals(v2.id(), bungo(() -> plans.planInForce(YULIA_M, YEAR)).orElseThrow().id());
    assertEquals(
        List.of("create", "add_result", "add_indicator", "submit", "approve", "supersede"),
        auditActions(BUNGO, v1.id()));
    assertEquals(
        List.of("revise", "add_result", "submit", "approve"), auditActions(BUNGO, v2.id()));
  }

  @Test
  @Order(5)
  void utamaResultWithoutSupportsIsRefusedForAnEmployeeBelowTheTop() throws Exception {
    long supervisorResult = cascade();
    PlanView plan = bungo(() -> plans.myPlan(HASAN, YEAR));
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            bungo(
                () ->
                    plans.addResult(
                        HASAN,
                        plan.id(),
                        plan.version(),
                        new ResultInput(ResultKind.UTAMA, "Pelayanan", null))));
    // Supporting the Kadinkes' RHK (not the direct supervisor's) is refused too.
    long kadinkesResult = bungo(() -> plans.supportableResults(PENILAI, YEAR)).get(0).id();
    assertKind(
        RuleViolation.Kind.INVALID,
        () ->
            bungo(
                () ->
                    plans.addResult(
                        HASAN,
                        plan.id(),
                        plan.version(),
                        new ResultInput(ResultKind.UTAMA, "Pelayanan", kadinkesResult))));
    assertTrue(bungo(() -> plans.myPlan(HASAN, YEAR)).results().isEmpty());
    assertEquals(
        List.of(supervisorResult),
        bungo(() -> plans.supportableResults(HASAN, YEAR)).stream()
            .map(PlanView.ResultView::id)
            .toList());
    // The top of the tree needs no link.
    PlanView top = bungo(() -> plans.myPlan(SEKDA, YEAR + 1));
    PlanView withResult =
        bungo(
            () ->
                plans.addResult(
                    SEKDA,
                    top.id(),
                    top.version(),
                    new ResultInput(ResultKind.UTAMA, "Visi daerah", null)));
    assertNull(withResult.results().get(0).supportsId());
  }

  @Test
  @Order(6)
  void anotherRegionCanNeitherSeeNorApproveThePlan() throws Exception {
    long supervisorResult = cascade();
    PlanView existing = bungo(() -> plans.myPlan(YULIA_Z, YEAR));
    PlanView submitted =
        existing.status() == PlanStatus.SUBMITTED
            ? existing
            : submitted(YULIA_Z, supervisorResult, "Asuhan keperawatan");
    long id = submitted.id();
    Actor stranger = Actor.employee(BANYUMANIK_PENILAI);
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inTransaction(BANYUMANIK, () -> plans.plan(stranger, id)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inTransaction(BANYUMANIK, () -> plans.approve(stranger, id, submitted.version())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            inTransaction(
                BANYUMANIK, () -> plans.returnPlan(stranger, id, submitted.version(), "x")));
    // Bungo's penilai is nobody in Banyumanik.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            inTransaction(
                BANYUMANIK, () -> plans.approve(Actor.employee(PENILAI), id, submitted.version())));
    assertTrue(inTransaction(BANYUMANIK, () -> plans.plansToReview(stranger)).isEmpty());
    assertTrue(inTransaction(BANYUMANIK, () -> plans.cascadeTree(YEAR)).isEmpty());
    assertEquals(List.of(), auditActions(BANYUMANIK, id));
    assertEquals(
        PlanStatus.SUBMITTED, bungo(() -> plans.plan(Actor.employee(PENILAI), id)).status());
  }

  // ---- helpers ----

  /**
   * Builds (once) the approved cascade Sekda → Kadinkes → penilai for the year and returns the
   * penilai's approved RHK.
   */
  private long cascade() throws Exception {
    Optional<PlanView> inForce = bungo(() -> plans.planInForce(PENILAI, YEAR));
    if (inForce.isPresent()) {
      return inForce.get().results().get(0).id();
    }
    long top = approvedResult(SEKDA, null, new Actor(ADMIN, true), "Meningkatnya kinerja daerah");
    long kadinkes =
        approvedResult(KADINKES, top, Actor.employee(SEKDA), "Meningkatnya derajat kesehatan");
    return approvedResult(
        PENILAI, kadinkes, Actor.employee(KADINKES), "Meningkatnya mutu layanan puskesmas");
  }

  private long approvedResult(String nip, Long supports, Actor approver, String text)
      throws Exception {
    return fixtures().approvedResult(nip, supports, approver, text);
  }

  /** The employee's plan of the year with one UTAMA RHK and one IKI with a target, submitted. */
  private PlanView submitted(String nip, Long supports, String text) throws Exception {
    return fixtures().submitted(nip, supports, text);
  }

  private PlanFixtures fixtures() {
    return new PlanFixtures(plans, transaction, BUNGO, YEAR);
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
                entityManager.get(), PlanService.AUDIT_ENTITY, String.valueOf(planId)));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return inTransaction(BUNGO, work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
