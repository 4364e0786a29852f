package id.kinerja.platform.feedback.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.feedback.domain.AnonymityThreshold;
import id.kinerja.platform.feedback.domain.Colleagues;
import id.kinerja.platform.feedback.domain.FeedbackAnswerRecord;
import id.kinerja.platform.feedback.domain.FeedbackGiven;
import id.kinerja.platform.feedback.service.FeedbackResults.GroupCount;
import id.kinerja.platform.feedback.service.FeedbackResults.SourceResult;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.plugin.host.PluginCallResult;
import id.kinerja.platform.plugin.service.PluginInvoker;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackResult;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 360 feedback of the current region. Colleagues answer about each other in an open period (who
 * answers about whom follows the reporting lines, see {@link Colleagues}); the answers are stored
 * without the respondent, apart from the fact that they answered. Results are aggregated by the
 * region's enabled feedback-source plugins over the groups that reach the anonymity threshold,
 * including answers other features collect ({@link CollectedAnswers}).
 *
 * <p>Who may see an employee's results: the employee, the pejabat penilai (direct supervisor), the
 * atasan pejabat penilai and the region's admin.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

  /** The audit trail's name for the fact that someone answered. */
  public static final String AUDIT_ENTITY = "feedback_given";

  private static final Set<RespondentGroup> INTERNAL =
      EnumSet.of(RespondentGroup.PEERS, RespondentGroup.SUBORDINATES, RespondentGroup.SUPERVISOR);

  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject RegionPlugins plugins;
  @Inject PluginInvoker invoker;
  @Inject Instance<CollectedAnswers> collected;

  /** A source as its plugin describes it for the current region, or why it could not. */
  private record Source(
      RegionExtension<FeedbackSourceFactory> extension,
      Set<RespondentGroup> respondents,
      List<FeedbackQuestion> questions,
      int threshold,
      String failure) {

    String id() {
      return extension.factory().id();
    }

    List<FeedbackQuestion> askedOf(RespondentGroup group) {
      return questions.stream().filter(q -> q.askedOf().contains(group)).toList();
    }
  }

  // ---- the respondent ----

  /**
   * The colleagues the caller may answer about in an open period, with the caller's group towards
   * each, by name; only groups some enabled source asks. Never shows who else answered.
   *
   * @throws RuleViolation NOT_FOUND for a period not of the region, CONFLICT if it is locked
   */
  public List<FeedbackSubject> subjects(String respondentNip, long periodId) {
    Employee me = employee(respondentNip);
    EvaluationPeriod period = openPeriod(periodId);
    List<Source> sources = internalSources();
    Long mySupervisor = me.getSupervisor() == null ? null : me.getSupervisor().getId();
    List<Employee> candidates =
        em().createQuery(
                "select e from Employee e left join e.supervisor s"
                    + " where (s.id = :me or e.id = :sup or (s.id = :sup and e.id <> :me))"
                    + " order by e.name, e.id",
                Employee.class)
            .setParameter("me", me.getId())
            .setParameter("sup", mySupervisor == null ? -1L : mySupervisor)
            .getResultList();
    Map<Long, Set<String>> answered = answeredSources(me, period);
    List<FeedbackSubject> subjects = new ArrayList<>();
    for (Employee subject : candidates) {
      RespondentGroup group = groupOf(me, subject);
      if (group == null) {
        continue;
      }
      List<String> asking =
          sources.stream().filter(s -> !s.askedOf(group).isEmpty()).map(Source::id).toList();
      if (asking.isEmpty()) {
        continue;
      }
      boolean done = answered.getOrDefault(subject.getId(), Set.of()).containsAll(asking);
      subjects.add(
          new FeedbackSubject(
              subject.getId(),
              subject.getNip().value(),
              subject.getName(),
              subject.getPositionName(),
              group,
              done));
    }
    return subjects;
  }

  /**
   * The questions each enabled internal source puts to the caller about a colleague in an open
   * period.
   *
   * @throws RuleViolation NOT_FOUND for ids not of the region, FORBIDDEN if the employee is not the
   *     caller's colleague, CONFLICT for a locked period
   */
  public List<SourceQuestions> questions(String respondentNip, long periodId, long employeeId) {
    Employee me = employee(respondentNip);
    EvaluationPeriod period = openPeriod(periodId);
    Employee subject = Records.find(em(), Employee.class, employeeId);
    RespondentGroup group = requireColleague(me, subject);
    Set<String> answered = answeredSources(me, period).getOrDefault(subject.getId(), Set.of());
    return internalSources().stream()
        .filter(s -> !s.askedOf(group).isEmpty())
        .map(
            s ->
                new SourceQuestions(
                    s.id(),
                    s.extension().factory().nameId(),
                    s.extension().factory().nameEn(),
                    s.askedOf(group),
                    answered.contains(s.id())))
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
  public void submit(
      String respondentNip,
      long periodId,
      long employeeId,
      String sourceId,
      List<AnswerInput> answers) {
    Employee me = employee(respondentNip);
    EvaluationPeriod period = openPeriod(periodId);
    Employee subject = Records.find(em(), Employee.class, employeeId);
    RespondentGroup group = requireColleague(me, subject);
    Source source =
        internalSources().stream()
            .filter(s -> s.id().equals(sourceId) && !s.askedOf(group).isEmpty())
            .findFirst()
            .orElseThrow(RuleViolation::notFound);
    if (answeredSources(me, period).getOrDefault(subject.getId(), Set.of()).contains(sourceId)) {
      throw alreadyAnswered();
    }
    List<AnswerInput> valid = validate(source.askedOf(group), answers);
    FeedbackGiven given =
        new FeedbackGiven(period, me, subject, sourceId, group, OffsetDateTime.now(ZoneOffset.UTC));
    em().persist(given);
    try {
      em().flush();
    } catch (PersistenceException e) {
      throw alreadyAnswered();
    }
    UUID submission = UUID.randomUUID();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (AnswerInput answer : valid) {
      em().persist(
              new FeedbackAnswerRecord(
                  period,
                  subject,
                  sourceId,
                  group,
                  submission,
                  answer.questionId(),
                  answer.score(),
                  answer.text(),
                  today));
    }
    Records.flush(em());
    Map<String, Object> fact = new LinkedHashMap<>();
    fact.put("respondentNip", me.getNip().value());
    fact.put("employeeNip", subject.getNip().value());
    fact.put("periodId", period.getId());
    fact.put("sourceId", sourceId);
    fact.put("group", group.name());
    audit.record(AUDIT_ENTITY, String.valueOf(given.getId()), "answer", null, fact);
  }

  // ---- results ----

  /**
   * An employee's 360 results of a period, per enabled source: respondent counts per group, and
   * scores and comments from the groups that reach the threshold only.
   *
   * @throws RuleViolation NOT_FOUND for ids not of the region, FORBIDDEN for anybody but the
   *     employee, the pejabat penilai, the atasan pejabat penilai and the admin
   */
  public FeedbackResults results(String viewerNip, boolean admin, long employeeId, long periodId) {
    Employee viewer = employee(viewerNip);
    Employee subject = Records.find(em(), Employee.class, employeeId);
    EvaluationPeriod period = Records.find(em(), EvaluationPeriod.class, periodId);
    if (!admin && !subject.isReadableBy(viewer)) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Anda tidak berwenang melihat umpan balik 360 pegawai ini.",
          "You are not allowed to see this employee's 360 feedback.");
    }
    return resultsOf(subject, period);
  }

  /** The caller's own 360 results of a period, as {@link #results}. */
  public FeedbackResults myResults(String nip, long periodId) {
    Employee me = employee(nip);
    return results(nip, false, me.getId(), periodId);
  }

  /** The results without an access check, for {@link CombinedFeedbackScores}. */
  FeedbackResults resultsOf(long employeeId, long periodId) {
    return resultsOf(
        Records.find(em(), Employee.class, employeeId),
        Records.find(em(), EvaluationPeriod.class, periodId));
  }

  private FeedbackResults resultsOf(Employee subject, EvaluationPeriod period) {
    List<SourceResult> results = new ArrayList<>();
    for (Source source : sources()) {
      results.add(result(source, subject, period));
    }
    return new FeedbackResults(subject.getId(), subject.getName(), period.getId(), results);
  }

  private SourceResult result(Source source, Employee subject, EvaluationPeriod period) {
    String nameId = source.extension().factory().nameId();
    String nameEn = source.extension().factory().nameEn();
    if (source.failure() != null) {
      return failed(source, nameId, nameEn, List.of(), source.failure());
    }
    List<List<FeedbackAnswer>> responses =
        new ArrayList<>(storedResponses(source, subject, period));
    for (CollectedAnswers other : collected) {
      other
          .responses(source.id(), subject.getId(), period.getStartsOn(), period.getEndsOn())
          .stream()
          .filter(r -> !r.isEmpty())
          .forEach(responses::add);
    }
    Map<RespondentGroup, Integer> counts = new EnumMap<>(RespondentGroup.class);
    source.respondents().forEach(g -> counts.put(g, 0));
    responses.forEach(r -> counts.merge(r.get(0).group(), 1, Integer::sum));
    List<GroupCount> groups = new ArrayList<>();
    counts.forEach(
        (group, n) ->
            groups.add(new GroupCount(group, n, AnonymityThreshold.shown(n, source.threshold()))));
    Set<RespondentGroup> shown = EnumSet.noneOf(RespondentGroup.class);
    groups.stream().filter(GroupCount::shown).forEach(g -> shown.add(g.group()));
    Set<String> questionIds = new java.util.HashSet<>();
    source.questions().forEach(q -> questionIds.add(q.id()));
    List<FeedbackAnswer> answers =
        responses.stream()
            .flatMap(List::stream)
            .filter(a -> shown.contains(a.group()) && questionIds.contains(a.questionId()))
            .toList();
    List<String> comments =
        answers.stream()
            .map(FeedbackAnswer::text)
            .filter(t -> t != null && !t.isBlank())
            .map(String::strip)
            .sorted()
            .toList();
    if (answers.isEmpty()) {
      return new SourceResult(
          source.id(),
          nameId,
          nameEn,
          AnonymityThreshold.effective(source.threshold()),
          groups,
          Map.of(),
          Map.of(),
          comments,
          null,
          null);
    }
    PluginCallResult<FeedbackResult> aggregated =
        invoker.call(source.extension(), "aggregate", (FeedbackSource s) -> s.aggregate(answers));
    if (!aggregated.succeeded() || aggregated.value() == null) {
      String reason = aggregated.failed().map(f -> f.reason()).orElse("no result");
      return failed(source, nameId, nameEn, groups, reason);
    }
    return new SourceResult(
        source.id(),
        nameId,
        nameEn,
        AnonymityThreshold.effective(source.threshold()),
        groups,
        aggregated.value().coreValueScores(),
        aggregated.value().questionScores(),
        comments,
        null,
        null);
  }

  private static SourceResult failed(
      Source source, String nameId, String nameEn, List<GroupCount> groups, String reason) {
    String plugin = source.extension().pluginId();
    return new SourceResult(
        source.id(),
        nameId,
        nameEn,
        AnonymityThreshold.effective(source.threshold()),
        groups,
        Map.of(),
        Map.of(),
        List.of(),
        "Plugin " + plugin + " gagal: " + reason,
        "Plugin " + plugin + " failed: " + reason);
  }

  /** The stored answers about the subject for a source, one list per submission. */
  private List<List<FeedbackAnswer>> storedResponses(
      Source source, Employee subject, EvaluationPeriod period) {
    Map<UUID, List<FeedbackAnswer>> bySubmission = new HashMap<>();
    em().createQuery(
            "select a from FeedbackAnswerRecord a where a.employee = :e and a.period = :p"
                + " and a.sourceId = :s",
            FeedbackAnswerRecord.class)
        .setParameter("e", subject)
        .setParameter("p", period)
        .setParameter("s", source.id())
        .getResultStream()
        .forEach(
            a ->
                bySubmission
                    .computeIfAbsent(a.getSubmissionId(), k -> new ArrayList<>())
                    .add(
                        new FeedbackAnswer(
                            a.getQuestionId(), a.getRespondentGroup(), a.getScore(), a.getText())));
    return List.copyOf(bySubmission.values());
  }

  // ---- helpers ----

  /** Every enabled feedback source of the region, as its plugin describes it. */
  private List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (RegionExtension<FeedbackSourceFactory> extension :
        plugins.enabled(FeedbackSourceFactory.class)) {
      PluginCallResult<Source> described =
          invoker.call(
              extension,
              "questions",
              (FeedbackSource s) ->
                  new Source(
                      extension,
                      Set.copyOf(s.respondents()),
                      List.copyOf(s.questions()),
                      s.anonymityThreshold(),
                      null));
      sources.add(
          described.succeeded() && described.value() != null
              ? described.value()
              : new Source(
                  extension,
                  Set.of(),
                  List.of(),
                  FeedbackSource.DEFAULT_ANONYMITY_THRESHOLD,
                  described.failed().map(f -> f.reason()).orElse("no result")));
    }
    return sources;
  }

  /** The sources that ask colleagues inside the organisation and answered the platform. */
  private List<Source> internalSources() {
    return sources().stream()
        .filter(s -> s.failure() == null)
        .filter(s -> s.respondents().stream().anyMatch(INTERNAL::contains))
        .toList();
  }

  private static List<AnswerInput> validate(
      List<FeedbackQuestion> questions, List<AnswerInput> answers) {
    Map<String, AnswerInput> byQuestion = new HashMap<>();
    for (AnswerInput answer : answers == null ? List.<AnswerInput>of() : answers) {
      if (answer == null || answer.questionId() == null) {
        continue;
      }
      FeedbackQuestion question =
          questions.stream()
              .filter(q -> q.id().equals(answer.questionId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new RuleViolation(
                          RuleViolation.Kind.INVALID,
                          "Pertanyaan '" + answer.questionId() + "' tidak diajukan kepada Anda.",
                          "Question '" + answer.questionId() + "' is not asked of you."));
      if (byQuestion.containsKey(question.id())) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Pertanyaan '" + question.id() + "' dijawab lebih dari sekali.",
            "Question '" + question.id() + "' is answered more than once.");
      }
      if (!question.freeText()
          && answer.score() != null
          && (answer.score() < 1 || answer.score() > question.scaleMax())) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Nilai untuk \"" + question.textId() + "\" harus 1 sampai " + question.scaleMax() + ".",
            "The score for \""
                + question.textEn()
                + "\" must be 1 to "
                + question.scaleMax()
                + ".");
      }
      String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
      Integer score = question.freeText() ? null : answer.score();
      if (score != null || text != null) {
        byQuestion.put(question.id(), new AnswerInput(question.id(), score, text));
      }
    }
    List<AnswerInput> valid = new ArrayList<>();
    for (FeedbackQuestion question : questions) {
      AnswerInput answer = byQuestion.get(question.id());
      if (!question.freeText() && (answer == null || answer.score() == null)) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Beri nilai untuk setiap pertanyaan berskala: \"" + question.textId() + "\".",
            "Give a score for every scale question: \"" + question.textEn() + "\".");
      }
      if (answer != null) {
        valid.add(answer);
      }
    }
    return valid;
  }

  private Map<Long, Set<String>> answeredSources(Employee me, EvaluationPeriod period) {
    Map<Long, Set<String>> answered = new HashMap<>();
    em().createQuery(
            "select g from FeedbackGiven g where g.respondent = :me and g.period = :p",
            FeedbackGiven.class)
        .setParameter("me", me)
        .setParameter("p", period)
        .getResultStream()
        .forEach(
            g ->
                answered
                    .computeIfAbsent(g.getEmployee().getId(), k -> new java.util.HashSet<>())
                    .add(g.getSourceId()));
    return answered;
  }

  private static RespondentGroup groupOf(Employee respondent, Employee subject) {
    return Colleagues.groupOf(
            respondent.getId(),
            respondent.getSupervisor() == null ? null : respondent.getSupervisor().getId(),
            subject.getId(),
            subject.getSupervisor() == null ? null : subject.getSupervisor().getId())
        .orElse(null);
  }

  private static RespondentGroup requireColleague(Employee me, Employee subject) {
    RespondentGroup group = groupOf(me, subject);
    if (group == null) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          subject.getName()
              + " bukan atasan, bawahan, atau rekan kerja Anda; Anda tidak dapat memberi umpan"
              + " balik 360 tentangnya.",
          subject.getName()
              + " is not your supervisor, subordinate or peer; you cannot give 360 feedback"
              + " about them.");
    }
    return group;
  }

  private EvaluationPeriod openPeriod(long periodId) {
    EvaluationPeriod period = Records.find(em(), EvaluationPeriod.class, periodId);
    if (period.getState() != PeriodState.OPEN) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Periode ini sudah dikunci; umpan balik tidak dapat diberikan lagi.",
          "This period is locked; feedback can no longer be given.");
    }
    return period;
  }

  private static RuleViolation alreadyAnswered() {
    return new RuleViolation(
        RuleViolation.Kind.CONFLICT,
        "Anda sudah memberi umpan balik ini tentang pegawai tersebut pada periode ini.",
        "You have already given this feedback about this employee in this period.");
  }

  private Employee employee(String nip) {
    return Employees.byNip(em(), nip)
        .orElseThrow(
            () ->
                new RuleViolation(
                    RuleViolation.Kind.FORBIDDEN,
                    "Anda bukan pegawai di daerah ini.",
                    "You are not an employee of this region."));
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
