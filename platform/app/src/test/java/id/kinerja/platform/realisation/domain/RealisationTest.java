package id.kinerja.platform.realisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.Staff;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodCalendar;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Realisations belong to the own employee's approved plan and a period of its year that is not
 * locked; only the pejabat penilai gives feedback.
 */
class RealisationTest {

  private static final int YEAR = 2028;
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2028, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private final OrgUnit unit = new OrgUnit("inspektorat", "Inspektorat", null);
  private Employee head;
  private Employee admin;
  private Employee employee;
  private Employee peer;
  private Indicator indicator;
  private List<PeriodCalendar.Entry> calendar;

  @BeforeEach
  void approvedPlans() {
    head = employee("196810051991032005", null);
    admin = employee("199107262016031007", head);
    employee = employee("197207271995122004", head);
    peer = employee("197309101999121009", head);
    PerformancePlan headPlan = new PerformancePlan(head, YEAR);
    PlannedResult top = headPlan.addResult(ResultKind.UTAMA, "Akuntabilitas daerah", null);
    withTarget(headPlan, top);
    headPlan.submit(head);
    headPlan.approve(admin, true, NOW);

    PerformancePlan plan = new PerformancePlan(employee, YEAR);
    PlannedResult result = plan.addResult(ResultKind.UTAMA, "Kualitas pengawasan", top);
    indicator = withTarget(plan, result);
    plan.submit(employee);
    plan.approve(head, false, NOW);
    calendar = PeriodCalendar.of(YEAR, PeriodKind.QUARTER, ZoneId.of("Asia/Jakarta"), 7);
  }

  @Test
  void theEmployeeRecordsARealisationOfAnIkiOfTheApprovedPlanForAQuarterOfItsYear() {
    Realisation r = Realisation.record(employee, indicator, quarter(1), " 95 ", "  ", NOW);
    assertEquals("95", r.getAchieved());
    assertNull(r.getDescription());
    assertSame(employee, r.getEmployee());
    assertEquals(NOW, r.getRecordedAt());
    r.change(employee, "98", "Lima laporan", NOW.plusDays(1));
    assertEquals("98", r.getAchieved());
    assertEquals(NOW.plusDays(1), r.getUpdatedAt());
  }

  @Test
  void onlyThePlansOwnEmployeeRecordsOrChangesIt() {
    assertRule(
        RuleViolation.Kind.FORBIDDEN,
        () -> Realisation.record(head, indicator, quarter(1), "1", null, NOW));
    Realisation r = Realisation.record(employee, indicator, quarter(1), "1", null, NOW);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.change(peer, "2", null, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addLink(head, "https://example.org/", NOW));
  }

  @Test
  void anIkiOfAPlanNotApprovedTakesNoRealisation() {
    PerformancePlan draft = new PerformancePlan(peer, YEAR);
    Indicator drafted =
        withTarget(draft, draft.addResult(ResultKind.TAMBAHAN, "Tugas tambahan", null));
    assertRule(
        RuleViolation.Kind.CONFLICT,
        () -> Realisation.record(peer, drafted, quarter(1), "1", null, NOW));
  }

  @Test
  void theWholeYearAndPeriodsOfAnotherYearAreRefused() {
    EvaluationPeriod wholeYear = new EvaluationPeriod(YEAR, calendar.get(0));
    assertEquals(PeriodKind.YEAR, wholeYear.getKind());
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> Realisation.record(employee, indicator, wholeYear, "1", null, NOW));
    EvaluationPeriod nextYear =
        new EvaluationPeriod(
            YEAR + 1, PeriodCalendar.of(YEAR + 1, PeriodKind.QUARTER, ZoneId.of("UTC"), 7).get(1));
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> Realisation.record(employee, indicator, nextYear, "1", null, NOW));
  }

  @Test
  void theAchievedValueIsRequiredAndTextsAreBounded() {
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> Realisation.record(employee, indicator, quarter(1), " ", null, NOW));
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> Realisation.record(employee, indicator, quarter(1), "1".repeat(201), null, NOW));
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> Realisation.record(employee, indicator, quarter(1), "1", "x".repeat(4001), NOW));
  }

  @Test
  void aLockedPeriodRefusesEveryChange() {
    EvaluationPeriod q2 = quarter(2);
    Realisation r = Realisation.record(employee, indicator, q2, "1", null, NOW);
    r.addLink(employee, "https://example.org/a", NOW);
    q2.setState(PeriodState.LOCKED);
    RuleViolation refused =
        assertRule(RuleViolation.Kind.CONFLICT, () -> r.change(employee, "2", null, NOW));
    assertTrue(refused.messageEn().contains("locked"), refused.messageEn());
    assertRule(
        RuleViolation.Kind.CONFLICT, () -> r.addLink(employee, "https://example.org/b", NOW));
    assertRule(
        RuleViolation.Kind.CONFLICT,
        () -> r.addFile(employee, "a.pdf", EvidenceRulesTest.PDF, 1000, NOW));
    assertRule(
        RuleViolation.Kind.CONFLICT, () -> r.removeEvidence(employee, r.getEvidence().get(0)));
    assertRule(RuleViolation.Kind.CONFLICT, () -> r.addFeedback(head, false, "Baik", NOW));
    assertRule(
        RuleViolation.Kind.CONFLICT,
        () -> Realisation.record(employee, indicator, q2, "1", null, NOW));
    assertEquals("1", r.getAchieved());
    assertEquals(1, r.getEvidence().size());
    assertTrue(r.getFeedback().isEmpty());
  }

  @Test
  void evidenceFilesKeepTheirDetectedTypeSizeAndDigestUnderASafeName() {
    Realisation r = Realisation.record(employee, indicator, quarter(1), "1", null, NOW);
    Evidence file = r.addFile(employee, "../../laporan.exe", EvidenceRulesTest.PDF, 1000, NOW);
    assertEquals(EvidenceKind.FILE, file.getKind());
    assertEquals("laporan.exe.pdf", file.getFileName());
    assertEquals("application/pdf", file.getContentType());
    assertEquals(EvidenceRulesTest.PDF.length, file.getSizeBytes());
    assertEquals(EvidenceRules.sha256(EvidenceRulesTest.PDF), file.getSha256());
    assertRule(
        RuleViolation.Kind.INVALID,
        () -> r.addFile(employee, "a.pdf", EvidenceRulesTest.PDF, 10, NOW));
    assertEquals(List.of(file), r.getEvidence());
    r.removeEvidence(employee, file);
    assertTrue(r.getEvidence().isEmpty());
  }

  @Test
  void onlyTheDirectSupervisorGivesFeedback() {
    Realisation r = Realisation.record(employee, indicator, quarter(1), "1", null, NOW);
    Feedback given = r.addFeedback(head, false, " Lengkapi bukti. ", NOW);
    assertEquals("Lengkapi bukti.", given.getText());
    assertSame(head, given.getAuthor());
    assertEquals(List.of(given), r.getFeedback());
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addFeedback(employee, false, "x", NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addFeedback(peer, false, "x", NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addFeedback(admin, true, "x", NOW));
    assertRule(RuleViolation.Kind.INVALID, () -> r.addFeedback(head, false, " ", NOW));
  }

  @Test
  void someoneElseIsRefusedAsForbiddenBeforeTheLockedPeriodIsLookedAt() {
    EvaluationPeriod q3 = quarter(3);
    Realisation r = Realisation.record(employee, indicator, q3, "1", null, NOW);
    q3.setState(PeriodState.LOCKED);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.change(peer, "2", null, NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addLink(head, "https://example.org/", NOW));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.addFeedback(peer, false, "Baik", NOW));
    assertRule(
        RuleViolation.Kind.FORBIDDEN,
        () -> Realisation.record(peer, indicator, q3, "1", null, NOW));
  }

  @Test
  void onlyTheRealisationsOwnEmployeeMayChangeIt() {
    Realisation r = Realisation.record(employee, indicator, quarter(1), "1", null, NOW);
    r.requireOwner(employee);
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.requireOwner(head));
    assertRule(RuleViolation.Kind.FORBIDDEN, () -> r.requireOwner(peer));
  }

  private EvaluationPeriod quarter(int number) {
    return new EvaluationPeriod(YEAR, calendar.get(number));
  }

  private static Indicator withTarget(PerformancePlan plan, PlannedResult result) {
    plan.addIndicator(
        result, "Laporan hasil pengawasan", Aspect.KUANTITAS, "laporan", Map.of(1, "4"), 4);
    return result.getIndicators().get(result.getIndicators().size() - 1);
  }

  private Employee employee(String nip, Employee supervisor) {
    return Staff.employee(nip, "Pegawai " + nip, supervisor, unit);
  }

  private static RuleViolation assertRule(RuleViolation.Kind kind, Runnable change) {
    RuleViolation v = assertThrows(RuleViolation.class, change::run);
    assertEquals(kind, v.kind(), v.getMessage());
    assertTrue(!v.messageId().isBlank() && !v.messageEn().isBlank());
    return v;
  }
}
