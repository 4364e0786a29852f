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
import id.kinerja.platform.planning.service.PerformancePlans;
import id.kinerja.platform.realisation.domain.Evidence;
import id.kinerja.platform.realisation.domain.EvidenceFile;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.domain.Feedback;
import id.kinerja.platform.realisation.domain.Realisation;
import id.kinerja.platform.realisation.service.RealisationSheet.EvidenceView;
import id.kinerja.platform.realisation.service.RealisationSheet.FeedbackView;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Realisations of the current region: the employee records the achieved value of each IKI of the
 * approved plan in force per period, with evidence; the pejabat penilai gives feedback. The acting
 * person is the request's {@link Actor}; who may do what is a rule of {@link Realisation}, checked
 * before its state. Every change is recorded in the audit trail in the same transaction.
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

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject Realisations realisations;
  @Inject PerformancePlans plans;
  @Inject Clock clock;
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
  public RealisationSheet mine(long periodId) {
    Employee me = acting();
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
  public RealisationSheet forEmployeePeriod(long employeeId, long periodId) {
    Employee me = acting();
    Employee employee = find(Employee.class, employeeId);
    EvaluationPeriod period = period(periodId);
    requireReader(me, employee);
    return sheet(employee, period);
  }

  /** The caller's direct reports, by name: whose realisations the caller gives feedback on. */
  public List<TeamMember> team() {
    return realisations.reportsOf(acting()).stream()
        .map(e -> new TeamMember(e.getId(), e.getNip().value(), e.getName(), e.getPositionName()))
        .toList();
  }

  /**
   * An evidence file to download, for those who may read the realisation.
   *
   * @throws RuleViolation NOT_FOUND for a link or evidence not of the region
   */
  public EvidenceDownload download(long evidenceId) {
    Employee me = acting();
    Evidence evidence = find(Evidence.class, evidenceId);
    requireReader(me, evidence.getRealisation().getEmployee());
    if (evidence.getKind() != EvidenceKind.FILE) {
      throw RuleViolation.notFound();
    }
    EvidenceFile file = realisations.fileOf(evidence);
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
      long indicatorId, long periodId, Long version, String achieved, String description) {
    Employee me = acting();
    Indicator indicator = find(Indicator.class, indicatorId);
    EvaluationPeriod period = period(periodId);
    OffsetDateTime now = now();
    Optional<Realisation> existing = realisations.of(indicator, period);
    if (existing.isPresent()) {
      Realisation realisation = existing.get();
      realisation.requireOwner(me);
      if (version == null || realisation.getVersion() != version) {
        throw RuleViolation.concurrentChange();
      }
      RealisationView before = RealisationView.of(realisation);
      realisation.change(me, achieved, description, now);
      realisations.flush();
      RealisationView after = RealisationView.of(realisation);
      audit.record(AUDIT_REALISATION, id(realisation), "update", before, after);
      return after;
    }
    Realisation realisation = Realisation.record(me, indicator, period, achieved, description, now);
    realisations.store(realisation);
    realisations.flush();
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
  public RealisationView addFile(long realisationId, String fileName, byte[] content) {
    Employee me = acting();
    Realisation realisation = find(Realisation.class, realisationId);
    Evidence evidence = realisation.addFile(me, fileName, content, maxEvidenceBytes(), now());
    realisations.store(evidence);
    realisations.store(new EvidenceFile(evidence, content));
    return evidenceAdded(realisation, evidence, "add_file");
  }

  /** Adds an http(s) link as evidence of the caller's realisation. */
  public RealisationView addLink(long realisationId, String url) {
    Employee me = acting();
    Realisation realisation = find(Realisation.class, realisationId);
    Evidence evidence = realisation.addLink(me, url, now());
    return evidenceAdded(realisation, evidence, "add_link");
  }

  /** Removes a piece of evidence (and its file) from the caller's realisation. */
  public RealisationView removeEvidence(long evidenceId) {
    Employee me = acting();
    Evidence evidence = find(Evidence.class, evidenceId);
    Realisation realisation = evidence.getRealisation();
    Map<String, Object> before = evidenceAudit(realisation, evidence);
    // The file first: a query flushes pending changes, and the evidence's row must go after it.
    // A refusal below rolls this back with the rest of the transaction.
    realisations.deleteFileOf(evidence);
    realisation.removeEvidence(me, evidence);
    realisations.flush();
    audit.record(AUDIT_EVIDENCE, String.valueOf(evidenceId), "remove", before, null);
    return RealisationView.of(realisation);
  }

  // ---- the pejabat penilai ----

  /**
   * Gives an entry of feedback on a realisation: only the employee's pejabat penilai (the direct
   * supervisor; the admin for the head of the tree), while the period is open. The employee sees it
   * at once.
   */
  public RealisationView giveFeedback(long realisationId, String text) {
    Employee me = acting();
    Realisation realisation = find(Realisation.class, realisationId);
    Feedback feedback = realisation.addFeedback(me, actor.isAdmin(), text, now());
    realisations.flush();
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
    realisations.flush();
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
    PerformancePlan plan = plans.inForce(employee, period.getYear()).orElse(null);
    Map<Long, Realisation> byIndicator = new LinkedHashMap<>();
    realisations
        .ofEmployee(employee, period)
        .forEach(r -> byIndicator.put(r.getIndicator().getId(), r));
    return RealisationSheet.of(employee, period, plan, byIndicator);
  }

  /** The employee, the pejabat penilai, the atasan pejabat penilai, or the admin may read. */
  private void requireReader(Employee me, Employee employee) {
    if (actor.isAdmin() || employee.isReadableBy(me)) {
      return;
    }
    throw forbidden();
  }

  private EvaluationPeriod period(long periodId) {
    return find(EvaluationPeriod.class, periodId);
  }

  private <T> T find(Class<T> type, long id) {
    return realisations.find(type, id);
  }

  /** The employee who acts; refused as forbidden when the login names none of the region. */
  private Employee acting() {
    return employees.byNip(actor.nip()).orElseThrow(RealisationService::forbidden);
  }

  private static String id(Realisation realisation) {
    return String.valueOf(realisation.getId());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas realisasi ini.",
        "You are not allowed to act on this realisation.");
  }
}
