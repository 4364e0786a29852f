package id.kinerja.platform.realisation.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.DeadlineReminders;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanRuleViolation;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.realisation.domain.Evidence;
import id.kinerja.platform.realisation.domain.EvidenceFile;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.domain.Feedback;
import id.kinerja.platform.realisation.domain.Realisation;
import id.kinerja.platform.realisation.service.RealisationSheet.EvidenceView;
import id.kinerja.platform.realisation.service.RealisationSheet.FeedbackView;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Realisations of the current region: the employee records the achieved value of each IKI of the
 * approved plan in force per period, with evidence; the pejabat penilai gives feedback. Every
 * method takes the acting person's NIP (or {@link Actor}); who may do what is checked here. Every
 * change is recorded in the audit trail in the same transaction.
 *
 * <p>Who may read an employee's realisations: the employee, the pejabat penilai (direct
 * supervisor), the atasan pejabat penilai (the supervisor's supervisor, who decides objections) and
 * the region's pengelola kinerja (admin).
 */
@ApplicationScoped
@Transactional
public class RealisationService {

  @Inject CurrentRegion region;

  /** The audit trail's names for realisations, evidence and feedback. */
  public static final String AUDIT_REALISATION = "realisation";

  public static final String AUDIT_EVIDENCE = "evidence";
  public static final String AUDIT_FEEDBACK = "feedback";

  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject NotificationService notifications;

  /**
   * The MicroProfile Config key of the largest evidence file, in bytes; a region's own limit is
   * this key followed by the region's code, e.g. {@code kinerja.evidence.max-bytes.kupang} (or the
   * environment variable {@code KINERJA_EVIDENCE_MAX_BYTES_KUPANG}).
   */
  public static final String MAX_BYTES_KEY = "kinerja.evidence.max-bytes";

  /** The platform's largest evidence file, in bytes (default 10 MiB). */
  @Inject
  @ConfigProperty(name = MAX_BYTES_KEY, defaultValue = "10485760")
  long maxEvidenceBytes;

  // ---- reading ----

  /** The largest evidence file the current region accepts, in bytes. */
  public long maxEvidenceBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue(MAX_BYTES_KEY + "." + region.code(), Long.class)
        .orElse(maxEvidenceBytes);
  }

  /** The caller's own realisations of a period. */
  public RealisationSheet mine(String actorNip, long periodId) {
    Employee me = employee(actorNip);
    return sheet(me, period(periodId));
  }

  /**
   * An employee's realisations of a period: every IKI of the approved plan in force of the period's
   * year with its target, realisation, evidence and feedback. For the employee, their pejabat
   * penilai and atasan pejabat penilai, and the region's admin.
   *
   * @throws RuleViolation NOT_FOUND for an employee or period not of the region, FORBIDDEN for
   *     anybody else
   */
  public RealisationSheet forEmployeePeriod(Actor actor, long employeeId, long periodId) {
    Employee me = employee(actor.nip());
    Employee employee = find(Employee.class, employeeId);
    EvaluationPeriod period = period(periodId);
    requireReader(me, actor.admin(), employee);
    return sheet(employee, period);
  }

  /** The caller's direct reports, by name: whose realisations the caller gives feedback on. */
  public List<TeamMember> team(String actorNip) {
    Employee me = employee(actorNip);
    return em().createQuery(
            "select e from Employee e where e.supervisor = :me order by e.name", Employee.class)
        .setParameter("me", me)
        .getResultStream()
        .map(e -> new TeamMember(e.getId(), e.getNip().value(), e.getName(), e.getPositionName()))
        .toList();
  }

  /**
   * An evidence file to download, for those who may read the realisation.
   *
   * @throws RuleViolation NOT_FOUND for a link or evidence not of the region
   */
  public EvidenceDownload download(Actor actor, long evidenceId) {
    Employee me = employee(actor.nip());
    Evidence evidence = find(Evidence.class, evidenceId);
    requireReader(me, actor.admin(), evidence.getRealisation().getEmployee());
    if (evidence.getKind() != EvidenceKind.FILE) {
      throw RuleViolation.notFound();
    }
    EvidenceFile file =
        em().createQuery("select f from EvidenceFile f where f.evidence = :e", EvidenceFile.class)
            .setParameter("e", evidence)
            .getResultStream()
            .findFirst()
            .orElseThrow(RuleViolation::notFound);
    return new EvidenceDownload(
        evidence.getFileName(), evidence.getContentType(), evidence.getSha256(), file.getContent());
  }

  // ---- the employee ----

  /**
   * Records or changes the caller's realisation of an IKI for a period.
   *
   * @param version the version of the realisation the caller last saw, null if it saw none
   * @throws RuleViolation CONFLICT if the period is locked, the plan is not in force, or the
   *     realisation changed (or was recorded) since the caller read it
   */
  public RealisationView record(
      String actorNip,
      long indicatorId,
      long periodId,
      Long version,
      String achieved,
      String description) {
    Employee me = employee(actorNip);
    Indicator indicator = find(Indicator.class, indicatorId);
    EvaluationPeriod period = period(periodId);
    OffsetDateTime now = now();
    Optional<Realisation> existing =
        em().createQuery(
                "select r from Realisation r where r.indicator = :i and r.period = :p",
                Realisation.class)
            .setParameter("i", indicator)
            .setParameter("p", period)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      Realisation realisation = existing.get();
      if (version == null || realisation.getVersion() != version) {
        throw RuleViolation.concurrentChange();
      }
      RealisationView before = RealisationView.of(realisation);
      rule(() -> realisation.change(me, achieved, description, now));
      flush();
      RealisationView after = RealisationView.of(realisation);
      audit.record(AUDIT_REALISATION, id(realisation), "update", before, after);
      return after;
    }
    Realisation realisation =
        rule(() -> Realisation.record(me, indicator, period, achieved, description, now));
    em().persist(realisation);
    flush();
    RealisationView created = RealisationView.of(realisation);
    audit.record(AUDIT_REALISATION, id(realisation), "create", null, created);
    return created;
  }

  /**
   * Adds a file as evidence of the caller's realisation, checked by its content: PDF, PNG, JPEG,
   * DOCX or XLSX, not empty, at most {@link #maxEvidenceBytes()}.
   *
   * @param fileName the name the file was uploaded with (sanitised before it is kept)
   */
  public RealisationView addFile(
      String actorNip, long realisationId, String fileName, byte[] content) {
    Employee me = employee(actorNip);
    Realisation realisation = find(Realisation.class, realisationId);
    Evidence evidence =
        rule(() -> realisation.addFile(me, fileName, content, maxEvidenceBytes(), now()));
    em().persist(evidence);
    em().persist(new EvidenceFile(evidence, content));
    return evidenceAdded(realisation, evidence, "add_file");
  }

  /** Adds an http(s) link as evidence of the caller's realisation. */
  public RealisationView addLink(String actorNip, long realisationId, String url) {
    Employee me = employee(actorNip);
    Realisation realisation = find(Realisation.class, realisationId);
    Evidence evidence = rule(() -> realisation.addLink(me, url, now()));
    return evidenceAdded(realisation, evidence, "add_link");
  }

  /** Removes a piece of evidence (and its file) from the caller's realisation. */
  public RealisationView removeEvidence(String actorNip, long evidenceId) {
    Employee me = employee(actorNip);
    Evidence evidence = find(Evidence.class, evidenceId);
    Realisation realisation = evidence.getRealisation();
    Map<String, Object> before = evidenceAudit(realisation, evidence);
    // The file first: a query flushes pending changes, and the evidence's row must go after it.
    // A refusal below rolls this back with the rest of the transaction.
    em().createQuery("delete from EvidenceFile f where f.evidence = :e")
        .setParameter("e", evidence)
        .executeUpdate();
    rule(() -> realisation.removeEvidence(me, evidence));
    flush();
    audit.record(AUDIT_EVIDENCE, String.valueOf(evidenceId), "remove", before, null);
    return RealisationView.of(realisation);
  }

  // ---- the pejabat penilai ----

  /**
   * Gives an entry of feedback on a realisation: only the employee's pejabat penilai (the direct
   * supervisor; the admin for the head of the tree), while the period is open. The employee sees it
   * at once.
   */
  public RealisationView giveFeedback(Actor actor, long realisationId, String text) {
    Employee me = employee(actor.nip());
    Realisation realisation = find(Realisation.class, realisationId);
    Feedback feedback = rule(() -> realisation.addFeedback(me, actor.admin(), text, now()));
    flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("realisationId", realisation.getId());
    after.put("feedback", FeedbackView.of(feedback));
    audit.record(AUDIT_FEEDBACK, String.valueOf(feedback.getId()), "give", null, after);
    notifications.notify(
        realisation.getEmployee().getNip().value(),
        NoticeKind.FEEDBACK_GIVEN,
        Map.of(
            "appraiser", me.getName(),
            "period", DeadlineReminders.label(realisation.getPeriod())));
    return RealisationView.of(realisation);
  }

  // ---- helpers ----

  private RealisationView evidenceAdded(Realisation realisation, Evidence evidence, String action) {
    flush();
    audit.record(
        AUDIT_EVIDENCE,
        String.valueOf(evidence.getId()),
        action,
        null,
        evidenceAudit(realisation, evidence));
    return RealisationView.of(realisation);
  }

  private static Map<String, Object> evidenceAudit(Realisation realisation, Evidence evidence) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("realisationId", realisation.getId());
    fields.put("evidence", EvidenceView.of(evidence));
    return fields;
  }

  private RealisationSheet sheet(Employee employee, EvaluationPeriod period) {
    PerformancePlan plan =
        em().createQuery(
                "select p from PerformancePlan p where p.employee = :e and p.year = :y"
                    + " and p.status = :s",
                PerformancePlan.class)
            .setParameter("e", employee)
            .setParameter("y", period.getYear())
            .setParameter("s", PlanStatus.APPROVED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Map<Long, Realisation> byIndicator = new LinkedHashMap<>();
    em().createQuery(
            "select r from Realisation r where r.employee = :e and r.period = :p",
            Realisation.class)
        .setParameter("e", employee)
        .setParameter("p", period)
        .getResultStream()
        .sorted(Comparator.comparing(Realisation::getId))
        .forEach(r -> byIndicator.put(r.getIndicator().getId(), r));
    return RealisationSheet.of(employee, period, plan, byIndicator);
  }

  /** The employee, the pejabat penilai, the atasan pejabat penilai, or the admin may read. */
  private static void requireReader(Employee me, boolean admin, Employee employee) {
    if (admin || employee.isReadableBy(me)) {
      return;
    }
    throw forbidden();
  }

  private EvaluationPeriod period(long periodId) {
    return find(EvaluationPeriod.class, periodId);
  }

  private <T> T find(Class<T> type, long id) {
    return Records.find(em(), type, id);
  }

  private Employee employee(String nip) {
    return Employees.byNip(em(), nip).orElseThrow(RealisationService::forbidden);
  }

  private void flush() {
    try {
      em().flush();
    } catch (PersistenceException e) {
      // a stale version, or a realisation of the same IKI and period recorded meanwhile
      throw RuleViolation.concurrentChange();
    }
  }

  /** Runs a domain rule, turning its refusal into the user-facing kind: STATE is a conflict. */
  private static <T> T rule(Supplier<T> work) {
    try {
      return work.get();
    } catch (PlanRuleViolation v) {
      RuleViolation.Kind kind =
          switch (v.kind()) {
            case INVALID -> RuleViolation.Kind.INVALID;
            case STATE -> RuleViolation.Kind.CONFLICT;
            case FORBIDDEN -> RuleViolation.Kind.FORBIDDEN;
          };
      throw new RuleViolation(kind, v.messageId(), v.messageEn());
    }
  }

  private static void rule(Runnable work) {
    rule(
        () -> {
          work.run();
          return null;
        });
  }

  private static String id(Realisation realisation) {
    return String.valueOf(realisation.getId());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas realisasi ini.",
        "You are not allowed to act on this realisation.");
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
