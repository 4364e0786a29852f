package id.kinerja.platform.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.Staff;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PerformancePlanTest {

  private static final int YEAR = 2027;
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2027, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);

  private final OrgUnit unit = new OrgUnit("setda", "Sekretariat Daerah", null);
  private Employee head;
  private Employee admin;
  private Employee supervisor;
  private Employee employee;
  private Employee peer;
  private PlannedResult headResult;
  private PlannedResult supervisorResult;

  @BeforeEach
  void organisation() {
    head = employee("196804301994021009", "Sekda", null);
    admin = employee("199805282021121057", "Admin", head);
    supervisor = employee("198312192006012011", "Kepala", head);
    employee = employee("199011222019122120", "Pegawai", supervisor);
    peer = employee("199803042022011005", "Rekan", supervisor);

    PerformancePlan headPlan = new PerformancePlan(head, YEAR);
    headResult = headPlan.addResult(ResultKind.UTAMA, "Meningkatnya kinerja daerah", null);
    withTarget(headPlan, headResult);
    headPlan.submit(head);
    headPlan.approve(admin, true, NOW);

    PerformancePlan supervisorPlan = new PerformancePlan(supervisor, YEAR);
    supervisorResult =
        supervisorPlan.addResult(ResultKind.UTAMA, "Meningkatnya layanan", headResult);
    withTarget(supervisorPlan, supervisorResult);
    supervisorPlan.submit(supervisor);
    supervisorPlan.approve(head, false, NOW);
  }

  @Test
  void aNewPlanIsAnEditableDraftVersionOne() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    assertEquals(PlanStatus.DRAFT, plan.getStatus());
    assertEquals(1, plan.getPlanVersion());
    assertTrue(plan.getStatus().isEditable());
    assertTrue(PlanStatus.RETURNED.isEditable());
  }

  @Test
  void draftSubmitApproveByTheDirectSupervisor() {
    PerformancePlan plan = readyPlan();
    plan.submit(employee);
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
    plan.approve(supervisor, false, NOW);
    assertEquals(PlanStatus.APPROVED, plan.getStatus());
    assertSame(supervisor, plan.getApprovedBy());
    assertEquals(NOW, plan.getApprovedAt());
  }

  @Test
  void submitRequiresAtLeastOneUtamaResult() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult extra = plan.addResult(ResultKind.TAMBAHAN, "Tugas tambahan", null);
    withTarget(plan, extra);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.submit(employee));
  }

  @Test
  void submitRequiresEveryUtamaResultToHaveAnIndicatorWithATarget() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult main = plan.addResult(ResultKind.UTAMA, "Layanan", supervisorResult);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.submit(employee));
    plan.addIndicator(main, "Jumlah layanan", Aspect.KUANTITAS, "orang", Map.of(), 12);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.submit(employee));
    plan.addIndicator(main, "Waktu layanan", Aspect.WAKTU, "menit", Map.of(1, "15"), 12);
    plan.submit(employee);
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
  }

  @Test
  void onlyTheOwnEmployeeSubmits() {
    PerformancePlan plan = readyPlan();
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.submit(supervisor));
  }

  @Test
  void onlyTheDirectSupervisorApprovesOrReturns() {
    PerformancePlan plan = readyPlan();
    plan.submit(employee);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(peer, false, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(head, false, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(admin, true, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(employee, false, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.returnPlan(peer, false, "Kurang"));
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
  }

  @Test
  void aColleagueIsRefusedAsForbiddenWhateverTheStateOfThePlan() {
    PerformancePlan draft = readyPlan();
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> draft.approve(peer, false, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> draft.returnPlan(peer, false, "Kurang"));
    draft.submit(employee);
    draft.approve(supervisor, false, NOW);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> draft.returnPlan(peer, false, "Kurang"));
    assertRule(
        RuleViolation.Kind.FORBIDDEN,
        () -> draft.setSpecialExpectation(peer, false, CoreValue.values()[0], "Lebih cepat"));
    assertRule(RuleViolation.Kind.CONFLICT, () -> draft.returnPlan(supervisor, false, "Kurang"));
  }

  @Test
  void onlyTheEmployeeAndTheirAppraiserMayReadThePlan() {
    PerformancePlan plan = readyPlan();
    assertTrue(plan.isReadableBy(employee, false));
    assertTrue(plan.isReadableBy(supervisor, false));
    assertTrue(!plan.isReadableBy(peer, false));
    assertTrue(!plan.isReadableBy(admin, true));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.requireReader(peer, false));
    plan.requireReader(supervisor, false);
  }

  @Test
  void onlyThePlansOwnEmployeeMayEditIt() {
    PerformancePlan plan = readyPlan();
    plan.requireOwner(employee);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.requireOwner(supervisor));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.requireOwner(peer));
  }

  @Test
  void theHeadOfTheTreeIsApprovedByTheAdminOnly() {
    PerformancePlan plan = new PerformancePlan(head, 2028);
    PlannedResult main = plan.addResult(ResultKind.UTAMA, "Visi daerah", null);
    withTarget(plan, main);
    plan.submit(head);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(supervisor, false, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.approve(head, true, NOW));
    plan.approve(admin, true, NOW);
    assertEquals(PlanStatus.APPROVED, plan.getStatus());
  }

  @Test
  void onlyASubmittedPlanCanBeApprovedOrReturned() {
    PerformancePlan plan = readyPlan();
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.approve(supervisor, false, NOW));
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.returnPlan(supervisor, false, "x"));
  }

  @Test
  void returnNeedsANonBlankReasonAndMakesThePlanEditableAgain() {
    PerformancePlan plan = readyPlan();
    plan.submit(employee);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.returnPlan(supervisor, false, "  "));
    assertRule(RuleViolation.Kind.INVALID, () -> plan.returnPlan(supervisor, false, null));
    plan.returnPlan(supervisor, false, " Target terlalu rendah ");
    assertEquals(PlanStatus.RETURNED, plan.getStatus());
    assertEquals("Target terlalu rendah", plan.getReturnReason());
    plan.addResult(ResultKind.TAMBAHAN, "Tambahan", null);
    plan.submit(employee);
    plan.approve(supervisor, false, NOW);
    assertNull(plan.getReturnReason());
  }

  @Test
  void onlyDraftOrReturnedPlansAreEditable() {
    PerformancePlan plan = readyPlan();
    PlannedResult main = plan.getResults().get(0);
    plan.submit(employee);
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.addResult(ResultKind.TAMBAHAN, "x", null));
    plan.approve(supervisor, false, NOW);
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.addResult(ResultKind.TAMBAHAN, "x", null));
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.removeResult(main));
    assertRule(
        RuleViolation.Kind.CONFLICT,
        () -> plan.addIndicator(main, "x", Aspect.KUALITAS, null, Map.of(1, "1"), 12));
  }

  @Test
  void utamaResultWithoutSupportsIsRefusedForAnEmployeeWithASupervisor() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.addResult(ResultKind.UTAMA, "Layanan", null));
    plan.addResult(ResultKind.TAMBAHAN, "Tambahan tanpa dukungan", null);
  }

  @Test
  void supportsMustBeInTheDirectSupervisorsApprovedPlanOfTheSameYear() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    // the head's result: not the direct supervisor's
    assertRule(
        RuleViolation.Kind.INVALID, () -> plan.addResult(ResultKind.UTAMA, "Layanan", headResult));
    // another year
    PerformancePlan nextYear = new PerformancePlan(employee, YEAR + 1);
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> nextYear.addResult(ResultKind.UTAMA, "Layanan", supervisorResult));
    // the supervisor's draft, not approved
    PerformancePlan draft = new PerformancePlan(supervisor, YEAR + 1);
    PlannedResult draftResult = draft.addResult(ResultKind.TAMBAHAN, "Draf", null);
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> nextYear.addResult(ResultKind.UTAMA, "Layanan", draftResult));
    assertSame(
        supervisorResult,
        plan.addResult(ResultKind.UTAMA, "Layanan", supervisorResult).getSupports());
  }

  @Test
  void indicatorTargetsMustBeWithinTheRegionsPeriods() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult main = plan.addResult(ResultKind.UTAMA, "Layanan", supervisorResult);
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> plan.addIndicator(main, "x", Aspect.KUANTITAS, null, Map.of(5, "1"), 4));
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> plan.addIndicator(main, " ", Aspect.KUANTITAS, null, Map.of(1, "1"), 4));
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> plan.addIndicator(main, "x", null, null, Map.of(1, "1"), 4));
    Indicator iki = plan.addIndicator(main, "x", Aspect.KUANTITAS, "", Map.of(1, "3", 2, " "), 4);
    assertEquals(Map.of(1, "3"), iki.targetMap());
    assertNull(iki.getUnit());
  }

  @Test
  void changingTargetsKeepsTheRowsOfPeriodsThatStay() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult main = plan.addResult(ResultKind.UTAMA, "Layanan", supervisorResult);
    Indicator iki =
        plan.addIndicator(main, "x", Aspect.KUANTITAS, null, Map.of(1, "3", 2, "4"), 12);
    IndicatorTarget first = iki.getTargets().get(0);
    plan.updateIndicator(iki, "y", Aspect.WAKTU, "hari", Map.of(1, "5", 3, "6"), 12);
    assertEquals(Map.of(1, "5", 3, "6"), iki.targetMap());
    assertSame(first, iki.getTargets().get(0));
    assertEquals(Aspect.WAKTU, iki.getAspect());
  }

  @Test
  void specialExpectationsAreSetByTheDirectSupervisorBeforeApproval() {
    PerformancePlan plan = readyPlan();
    assertRule(
        RuleViolation.Kind.FORBIDDEN,
        () -> plan.setSpecialExpectation(employee, false, CoreValue.AKUNTABEL, "x"));
    plan.setSpecialExpectation(supervisor, false, CoreValue.AKUNTABEL, "Tepat waktu");
    plan.submit(employee);
    plan.setSpecialExpectation(supervisor, false, CoreValue.AKUNTABEL, "Selalu tepat waktu");
    plan.setSpecialExpectation(supervisor, false, CoreValue.KOMPETEN, "Belajar");
    plan.setSpecialExpectation(supervisor, false, CoreValue.KOMPETEN, " ");
    assertEquals(1, plan.getExpectations().size());
    assertEquals("Selalu tepat waktu", plan.expectation(CoreValue.AKUNTABEL).get().getText());
    plan.approve(supervisor, false, NOW);
    assertRule(
        RuleViolation.Kind.CONFLICT,
        () -> plan.setSpecialExpectation(supervisor, false, CoreValue.LOYAL, "x"));
  }

  @Test
  void revisingAnApprovedPlanCreatesANewDraftAndTheApprovedOneStaysUntilTheNewIsApproved() {
    PerformancePlan approved = readyPlan();
    approved.setSpecialExpectation(supervisor, false, CoreValue.ADAPTIF, "Inovatif");
    approved.submit(employee);
    approved.approve(supervisor, false, NOW);

    PerformancePlan revision = approved.revise(employee);
    assertNotSame(approved, revision);
    assertEquals(2, revision.getPlanVersion());
    assertEquals(PlanStatus.DRAFT, revision.getStatus());
    assertSame(approved, revision.getRevisionOf());
    assertEquals(PlanStatus.APPROVED, approved.getStatus());
    assertEquals(approved.getResults().size(), revision.getResults().size());
    PlannedResult copy = revision.getResults().get(0);
    assertNotSame(approved.getResults().get(0), copy);
    assertSame(supervisorResult, copy.getSupports());
    assertEquals(
        approved.getResults().get(0).getIndicators().get(0).targetMap(),
        copy.getIndicators().get(0).targetMap());
    assertEquals("Inovatif", revision.expectation(CoreValue.ADAPTIF).get().getText());

    revision.addResult(ResultKind.TAMBAHAN, "Tugas baru", null);
    revision.submit(employee);
    assertEquals(PlanStatus.APPROVED, approved.getStatus());
    revision.approve(supervisor, false, NOW);
    assertEquals(PlanStatus.APPROVED, revision.getStatus());
    assertEquals(PlanStatus.SUPERSEDED, approved.getStatus());
  }

  @Test
  void onlyTheApprovedPlanCanBeRevisedAndOnlyByItsEmployee() {
    PerformancePlan plan = readyPlan();
    assertRule(RuleViolation.Kind.CONFLICT, () -> plan.revise(employee));
    plan.submit(employee);
    plan.approve(supervisor, false, NOW);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> plan.revise(supervisor));
  }

  @Test
  void resultsOfAnotherPlanAreRefused() {
    PerformancePlan plan = readyPlan();
    PerformancePlan other = new PerformancePlan(peer, YEAR);
    PlannedResult foreign = other.addResult(ResultKind.TAMBAHAN, "Lain", null);
    assertRule(RuleViolation.Kind.INVALID, () -> plan.removeResult(foreign));
  }

  // ---- helpers ----

  private PerformancePlan readyPlan() {
    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult main = plan.addResult(ResultKind.UTAMA, "Layanan prima", supervisorResult);
    withTarget(plan, main);
    return plan;
  }

  private static void withTarget(PerformancePlan plan, PlannedResult result) {
    plan.addIndicator(result, "Jumlah dokumen", Aspect.KUANTITAS, "dokumen", Map.of(1, "10"), 12);
  }

  private Employee employee(String nip, String name, Employee supervisor) {
    return Staff.employee(nip, name, supervisor, unit);
  }

  private static void assertRule(RuleViolation.Kind kind, Runnable change) {
    RuleViolation v = assertThrows(RuleViolation.class, change::run);
    assertEquals(kind, v.kind(), v.getMessage());
    assertTrue(!v.messageId().isBlank() && !v.messageEn().isBlank());
  }
}
