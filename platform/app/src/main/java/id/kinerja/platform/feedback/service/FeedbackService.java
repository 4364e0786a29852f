package id.kinerja.platform.feedback.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.feedback.domain.Colleagues;
import id.kinerja.platform.feedback.domain.FeedbackAnswerRecord;
import id.kinerja.platform.feedback.domain.FeedbackGiven;
import id.kinerja.platform.feedback.domain.Relation;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * 360 feedback of the current region, for the acting person. Colleagues answer about each other in
 * an open period (who answers about whom follows the reporting lines, see {@link Colleagues}); the
 * answers are stored without the respondent, apart from the fact that they answered. Results are
 * aggregated by the region's enabled feedback-source plugins over the groups that reach the
 * anonymity threshold ({@link ResultsAboveThreshold}).
 *
 * <p>Who may see an employee's results: the employee, the pejabat penilai (direct supervisor), the
 * atasan pejabat penilai and the region's admin ({@link Employee#isReadableBy}).
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

  /** The audit trail's name for the fact that someone answered. */
  public static final String AUDIT_ENTITY = "feedback_given";

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject FeedbackSources sources;
  @Inject ReportingLines reportingLines;
  @Inject GivenFeedback given;
  @Inject FeedbackAnswers answers;
  @Inject ResultsAboveThreshold results;

  // ---- the respondent ----

  /**
   * The colleagues the caller may answer about in an open period, with the caller's group towards
   * each, by name; only groups some enabled source asks. Never shows who else answered.
   *
   * @throws RuleViolation NOT_FOUND for a period not of the region, CONFLICT if it is locked
   */
  public List<FeedbackSubject> subjects(long periodId) {
    Employee me = respondent();
    EvaluationPeriod period = openPeriod(periodId);
    List<DescribedSource> internal = sources.internal();
    Map<Long, Set<String>> answered = given.sourcesAnsweredBy(me, period);
    return reportingLines.around(me).stream()
        .flatMap(
            subject ->
                Colleagues.groupOf(me, subject).map(FeedbackService::group).stream()
                    .flatMap(group -> subject(subject, group, internal, answered).stream()))
        .toList();
  }

  private static Optional<FeedbackSubject> subject(
      Employee subject,
      RespondentGroup group,
      List<DescribedSource> internal,
      Map<Long, Set<String>> answered) {
    List<String> asking = internal.stream().filter(s -> s.asks(group)).map(s -> s.id()).toList();
    if (asking.isEmpty()) {
      return Optional.empty();
    }
    boolean done = answered.getOrDefault(subject.getId(), Set.of()).containsAll(asking);
    return Optional.of(
        new FeedbackSubject(
            subject.getId(),
            subject.getNip().value(),
            subject.getName(),
            subject.getPositionName(),
            group,
            done));
  }

  /**
   * The questions each enabled internal source puts to the caller about a colleague in an open
   * period.
   *
   * @throws RuleViolation NOT_FOUND for ids not of the region, FORBIDDEN if the employee is not the
   *     caller's colleague, CONFLICT for a locked period
   */
  public List<SourceQuestions> questions(long periodId, long employeeId) {
    Employee me = respondent();
    Employee subject = employees.find(employeeId);
    EvaluationPeriod period = period(periodId);
    RespondentGroup group = group(Colleagues.requireColleague(me, subject));
    requireOpen(period);
    Set<String> answered =
        given.sourcesAnsweredBy(me, period).getOrDefault(subject.getId(), Set.of());
    return sources.internal().stream()
        .filter(s -> s.asks(group))
        .map(
            s ->
                new SourceQuestions(
                    s.id(), s.nameId(), s.nameEn(), s.askedOf(group), answered.contains(s.id())))
        .toList();
  }

  /**
   * Stores the caller's answers about a colleague for one source in an open period, once. Every
   * scale question asked of the caller's group must be answered within its scale; free-text answers
   * are optional. The answers are stored without the respondent; the fact of having answered is
   * stored and audited apart.
   *
   * @throws RuleViolation NOT_FOUND for ids or a source not of the region, FORBIDDEN if the
   *     employee is not the caller's colleague, CONFLICT for a locked period or a second answer,
   *     INVALID for missing, unknown or out-of-range answers
   */
  public void submit(long periodId, long employeeId, String sourceId, List<AnswerInput> input) {
    Employee me = respondent();
    Employee subject = employees.find(employeeId);
    EvaluationPeriod period = period(periodId);
    RespondentGroup group = group(Colleagues.requireColleague(me, subject));
    requireOpen(period);
    DescribedSource source = askingSource(sourceId, group);
    if (given
        .sourcesAnsweredBy(me, period)
        .getOrDefault(subject.getId(), Set.of())
        .contains(sourceId)) {
      throw alreadyAnswered();
    }
    List<AnswerInput> valid = Answers.validate(source.askedOf(group), input);
    FeedbackGiven fact =
        new FeedbackGiven(
            period, me, subject, sourceId, relation(group), OffsetDateTime.now(clock));
    if (!given.store(fact)) {
      throw alreadyAnswered();
    }
    answers.store(records(period, subject, sourceId, group, valid));
    audit.record(AUDIT_ENTITY, String.valueOf(fact.getId()), "answer", null, auditFact(fact));
  }

  private DescribedSource askingSource(String sourceId, RespondentGroup group) {
    return sources.internal().stream()
        .filter(s -> s.id().equals(sourceId) && s.asks(group))
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  private List<FeedbackAnswerRecord> records(
      EvaluationPeriod period,
      Employee subject,
      String sourceId,
      RespondentGroup group,
      List<AnswerInput> valid) {
    UUID submission = UUID.randomUUID();
    LocalDate today = LocalDate.now(clock);
    return valid.stream()
        .map(
            a ->
                new FeedbackAnswerRecord(
                    period,
                    subject,
                    sourceId,
                    relation(group),
                    submission,
                    a.questionId(),
                    a.score(),
                    a.text(),
                    today))
        .toList();
  }

  /** The plugin API's name for a relation. */
  static RespondentGroup group(Relation relation) {
    return RespondentGroup.valueOf(relation.name());
  }

  /** The domain's name for a plugin API's respondent group. */
  static Relation relation(RespondentGroup group) {
    return Relation.valueOf(group.name());
  }

  private static Map<String, Object> auditFact(FeedbackGiven fact) {
    Map<String, Object> audited = new LinkedHashMap<>();
    audited.put("respondentNip", fact.getRespondent().getNip().value());
    audited.put("employeeNip", fact.getEmployee().getNip().value());
    audited.put("periodId", fact.getPeriod().getId());
    audited.put("sourceId", fact.getSourceId());
    audited.put("group", fact.getRespondentGroup().name());
    return audited;
  }

  // ---- results ----

  /**
   * An employee's 360 results of a period, per enabled source: respondent counts per group, and
   * scores and comments from the groups that reach the threshold only.
   *
   * @throws RuleViolation NOT_FOUND for ids not of the region, FORBIDDEN for anybody but the
   *     employee, the pejabat penilai, the atasan pejabat penilai and the admin
   */
  public FeedbackResults results(long employeeId, long periodId) {
    Employee viewer = respondent();
    Employee subject = employees.find(employeeId);
    EvaluationPeriod period = period(periodId);
    if (!actor.isAdmin() && !subject.isReadableBy(viewer)) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Anda tidak berwenang melihat umpan balik 360 pegawai ini.",
          "You are not allowed to see this employee's 360 feedback.");
    }
    return results.of(subject, period);
  }

  /** The caller's own 360 results of a period, as {@link #results}. */
  public FeedbackResults myResults(long periodId) {
    Employee me = respondent();
    return results.of(me, period(periodId));
  }

  // ---- helpers ----

  /** The acting employee; refused as forbidden for a login that is no employee of the region. */
  private Employee respondent() {
    return employees.byNip(actor.nip()).orElseThrow(FeedbackService::notAnEmployee);
  }

  private static RuleViolation notAnEmployee() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda bukan pegawai di daerah ini.",
        "You are not an employee of this region.");
  }

  private EvaluationPeriod period(long periodId) {
    return Records.find(entityManager.get(), EvaluationPeriod.class, periodId);
  }

  private EvaluationPeriod openPeriod(long periodId) {
    EvaluationPeriod period = period(periodId);
    requireOpen(period);
    return period;
  }

  private static void requireOpen(EvaluationPeriod period) {
    if (period.getState() != PeriodState.OPEN) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Periode ini sudah dikunci; umpan balik tidak dapat diberikan lagi.",
          "This period is locked; feedback can no longer be given.");
    }
  }

  private static RuleViolation alreadyAnswered() {
    return new RuleViolation(
        RuleViolation.Kind.CONFLICT,
        "Anda sudah memberi umpan balik ini tentang pegawai tersebut pada periode ini.",
        "You have already given this feedback about this employee in this period.");
  }
}
