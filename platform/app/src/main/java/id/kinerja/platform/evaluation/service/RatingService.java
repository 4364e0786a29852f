package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.evaluation.domain.AnnualEvaluation;
import id.kinerja.platform.evaluation.domain.CreditPoints;
import id.kinerja.platform.evaluation.domain.FunctionalLevel;
import id.kinerja.platform.evaluation.domain.ObjectionDeadline;
import id.kinerja.platform.evaluation.domain.ObjectionStatus;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.PeriodRatings;
import id.kinerja.platform.evaluation.domain.RatingObjection;
import id.kinerja.platform.evaluation.domain.RatingStatus;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Periodic ratings (penilaian) of the current region, their publication, objections (keberatan),
 * and the yearly evaluation with credit points. Every method takes the acting person's NIP and
 * whether they are the region's admin (pengelola kinerja), so that rules about who may do what are
 * checked here: the pejabat penilai (direct supervisor; the admin for the head of the tree) rates
 * and publishes; the employee sees a rating only once published and may object within the region's
 * deadline; the atasan pejabat penilai (the appraiser's supervisor; the admin if there is none)
 * decides the objection, finally. Every change is recorded in the audit trail in the same
 * transaction and names the optimistic-locking version the caller last saw.
 */
@ApplicationScoped
@Transactional
public class RatingService {

  @Inject CurrentRegion region;

  /** The audit trail's name for a periodic rating; its objection is recorded under it too. */
  public static final String AUDIT_ENTITY = "period_rating";

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;
  @Inject AuditTrail audit;
  @Inject Event<RatingPublished> ratingPublished;
  @Inject Event<ObjectionFiled> objectionFiled;
  @Inject Event<ObjectionDecided> objectionDecided;

  // ---- the pejabat penilai ----

  /**
   * The employees the caller rates (direct reports; for the admin also the head of the tree), by
   * name, each with their rating of the period if given, drafts included.
   */
  public List<TeamMember> team(String actorNip, boolean admin, long periodId) {
    EvaluationPeriod period = periodicPeriod(periodId);
    Employee me = employee(actorNip);
    List<Employee> team =
        new ArrayList<>(
            em().createQuery(
                    "select e from Employee e join e.supervisor s where s.id = :me", Employee.class)
                .setParameter("me", me.getId())
                .getResultList());
    if (admin) {
      team.addAll(
          em().createQuery(
                  "select e from Employee e left join e.supervisor s where s.id is null"
                      + " and e.id <> :me",
                  Employee.class)
              .setParameter("me", me.getId())
              .getResultList());
    }
    Set<Long> withPlan = employeesWithPlanInForce(period.getYear());
    Map<Long, PeriodRating> ratings =
        em().createQuery("select r from PeriodRating r where r.period = :p", PeriodRating.class)
            .setParameter("p", period)
            .getResultStream()
            .collect(Collectors.toMap(r -> r.getEmployee().getId(), Function.identity()));
    return team.stream()
        .sorted(Comparator.comparing(Employee::getName))
        .map(
            e ->
                new TeamMember(
                    e.getId(),
                    e.getNip().value(),
                    e.getName(),
                    e.getPositionName(),
                    withPlan.contains(e.getId()),
                    Optional.ofNullable(ratings.get(e.getId())).map(this::view).orElse(null)))
        .toList();
  }

  /**
   * Rates an employee for a period, or changes the draft rating: only their pejabat penilai, only
   * with an approved SKP in force for the year, only while the period is open and the rating not
   * yet published.
   *
   * @param version the version of the existing draft, null to create the rating
   */
  public RatingView rate(
      String actorNip,
      boolean admin,
      long periodId,
      long employeeId,
      Long version,
      RatingInput input) {
    EvaluationPeriod period = periodicPeriod(periodId);
    Employee me = employee(actorNip);
    Employee rated = em().find(Employee.class, employeeId);
    if (rated == null) {
      throw RuleViolation.notFound();
    }
    if (!isAppraiser(rated, me, admin)) {
      throw forbidden();
    }
    requireOpen(period);
    PeriodRatings ratings = ratings(input);
    OffsetDateTime now = now();
    Optional<PeriodRating> existing =
        em().createQuery(
                "select r from PeriodRating r where r.period = :p and r.employee = :e",
                PeriodRating.class)
            .setParameter("p", period)
            .setParameter("e", rated)
            .getResultStream()
            .findFirst();
    if (existing.isEmpty()) {
      if (version != null) {
        throw RuleViolation.concurrentChange();
      }
      long planId =
          planInForce(rated.getId(), period.getYear())
              .orElseThrow(
                  () ->
                      new RuleViolation(
                          RuleViolation.Kind.CONFLICT,
                          "Pegawai belum memiliki SKP yang disetujui untuk tahun "
                              + period.getYear()
                              + ".",
                          "The employee has no approved plan for " + period.getYear() + "."));
      PeriodRating rating =
          new PeriodRating(
              period, rated, me, planId, ratings, input.coreValueNotes(), input.note(), now);
      em().persist(rating);
      flush();
      RatingView after = view(rating);
      audit.record(AUDIT_ENTITY, String.valueOf(rating.getId()), "rate", null, after);
      return after;
    }
    PeriodRating rating = existing.get();
    if (version == null) {
      throw RuleViolation.concurrentChange();
    }
    checkVersion(rating.getVersion(), version);
    if (rating.isPublished()) {
      throw conflict(
          "Penilaian yang sudah diumumkan hanya dapat diubah melalui keberatan.",
          "A published rating can only change through an objection.");
    }
    RatingView before = view(rating);
    rating.change(me, ratings, input.coreValueNotes(), input.note(), now);
    return changed(rating, "change", before);
  }

  /** Publishes one draft rating of the caller's, while its period is open. */
  public RatingView publish(String actorNip, boolean admin, long ratingId, long version) {
    Employee me = employee(actorNip);
    PeriodRating rating = find(ratingId);
    if (!isAppraiser(rating.getEmployee(), me, admin)) {
      throw forbidden();
    }
    checkVersion(rating.getVersion(), version);
    requireOpen(rating.getPeriod());
    if (rating.isPublished()) {
      throw conflict("Penilaian ini sudah diumumkan.", "This rating is already published.");
    }
    return publish(rating);
  }

  /** Publishes all the caller's draft ratings of an open period; returns those published. */
  public List<RatingView> publishAll(String actorNip, boolean admin, long periodId) {
    EvaluationPeriod period = periodicPeriod(periodId);
    Employee me = employee(actorNip);
    requireOpen(period);
    return em()
        .createQuery(
            "select r from PeriodRating r where r.period = :p and r.status = :s order by r.id",
            PeriodRating.class)
        .setParameter("p", period)
        .setParameter("s", RatingStatus.DRAFT)
        .getResultList()
        .stream()
        .filter(r -> isAppraiser(r.getEmployee(), me, admin))
        .map(this::publish)
        .toList();
  }

  // ---- the employee ----

  /** The caller's published ratings of the year, in calendar order; drafts are never shown. */
  public List<RatingView> myRatings(String actorNip, int year) {
    Employee me = employee(actorNip);
    return publishedRatings(me, year).stream().map(this::view).toList();
  }

  /**
   * One rating, for its employee once published (a draft is not found for them), its appraiser, the
   * atasan who decides objections to it, and the admin.
   */
  public RatingView rating(String actorNip, boolean admin, long ratingId) {
    Employee me = employee(actorNip);
    PeriodRating rating = find(ratingId);
    if (Employee.same(me, rating.getEmployee())) {
      if (!rating.isPublished()) {
        throw RuleViolation.notFound();
      }
    } else if (!admin
        && !isAppraiser(rating.getEmployee(), me, false)
        && !Employee.same(me, rating.getAppraiser())
        && !isDecider(rating, me, false)) {
      throw forbidden();
    }
    return view(rating);
  }

  /**
   * The caller's objection to their published rating, with a reason, before the region's deadline
   * (the end of the objectionDays-th day after publication in the region's time zone). One per
   * rating.
   *
   * @param version the rating's version the caller last saw
   */
  public RatingView object(String actorNip, long ratingId, long version, String reason) {
    Employee me = employee(actorNip);
    PeriodRating rating = find(ratingId);
    if (!Employee.same(me, rating.getEmployee())) {
      throw forbidden();
    }
    if (!rating.isPublished()) {
      throw RuleViolation.notFound();
    }
    checkVersion(rating.getVersion(), version);
    if (rating.getObjection() != null) {
      throw conflict(
          "Keberatan atas penilaian ini sudah diajukan.",
          "An objection to this rating was already filed.");
    }
    TenantDefinition region = registry.current();
    if (!ObjectionDeadline.isOpen(
        rating.getPublishedAt().toInstant(),
        region.timeZone(),
        region.deadlines().objectionDays(),
        Instant.now())) {
      throw conflict(
          "Batas waktu pengajuan keberatan telah lewat.",
          "The deadline for objections has passed.");
    }
    if (reason == null || reason.isBlank()) {
      throw invalid("Alasan keberatan wajib diisi.", "A reason for the objection is required.");
    }
    RatingView before = view(rating);
    RatingObjection objection = rating.object(reason, now());
    em().persist(objection);
    RatingView after = changed(rating, "object", before);
    Employee decider = decider(rating);
    objectionFiled.fire(
        new ObjectionFiled(
            region.code(),
            objection.getId(),
            rating.getId(),
            me.getNip().value(),
            decider == null ? null : decider.getNip().value()));
    return after;
  }

  // ---- the atasan pejabat penilai ----

  /** The pending objections the caller is to decide, oldest first. */
  public List<RatingView> objectionsToDecide(String actorNip, boolean admin) {
    Employee me = employee(actorNip);
    return em()
        .createQuery(
            "select o from RatingObjection o where o.status = :s order by o.filedAt, o.id",
            RatingObjection.class)
        .setParameter("s", ObjectionStatus.PENDING)
        .getResultList()
        .stream()
        .map(RatingObjection::getRating)
        .filter(r -> isDecider(r, me, admin))
        .map(this::view)
        .toList();
  }

  /**
   * Decides an objection, finally, with a reason: the atasan pejabat penilai rejects it (the rating
   * stays) or grants it with new ratings (the predikat is recomputed).
   *
   * @param granted the new ratings to grant the objection, null to reject it
   * @param version the objection's version the caller last saw
   */
  public RatingView decide(
      String actorNip,
      boolean admin,
      long objectionId,
      long version,
      RatingInput granted,
      String reason) {
    Employee me = employee(actorNip);
    RatingObjection objection = em().find(RatingObjection.class, objectionId);
    if (objection == null) {
      throw RuleViolation.notFound();
    }
    PeriodRating rating = objection.getRating();
    if (!isDecider(rating, me, admin)) {
      throw forbidden();
    }
    checkVersion(objection.getVersion(), version);
    if (objection.getStatus() != ObjectionStatus.PENDING) {
      throw conflict(
          "Keberatan ini sudah diputuskan; keputusan bersifat final.",
          "This objection is already decided; the decision is final.");
    }
    if (reason == null || reason.isBlank()) {
      throw invalid("Alasan keputusan wajib diisi.", "A reason for the decision is required.");
    }
    PeriodRatings newRatings = granted == null ? null : ratings(granted);
    RatingView before = view(rating);
    objection.decide(me, newRatings, reason, now());
    em().lock(objection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    RatingView after =
        changed(rating, newRatings == null ? "reject_objection" : "grant_objection", before);
    objectionDecided.fire(
        new ObjectionDecided(
            region.code(),
            objection.getId(),
            rating.getId(),
            rating.getEmployee().getNip().value(),
            objection.getStatus()));
    return after;
  }

  // ---- for calibration, dashboards and reports ----

  /**
   * Every rating of a period, drafts included, in employee order; ratings under objection are
   * marked. The caller decides who may see them.
   */
  public List<RatingRow> ratingsOfPeriod(long periodId) {
    EvaluationPeriod period = periodicPeriod(periodId);
    return em()
        .createQuery(
            "select r from PeriodRating r join r.employee e where r.period = :p order by e.name",
            PeriodRating.class)
        .setParameter("p", period)
        .getResultList()
        .stream()
        .map(
            r ->
                new RatingRow(
                    r.getId(),
                    r.getEmployee().getId(),
                    r.getEmployee().getNip().value(),
                    r.getEmployee().getUnit().getId(),
                    r.getAppraiser().getId(),
                    r.getResultRating(),
                    r.getBehaviourRating(),
                    r.getPredicate(),
                    r.getStatus(),
                    r.isUnderObjection(),
                    r.getVersion()))
        .toList();
  }

  /**
   * An employee's yearly evaluation from their published periodic ratings (computed on read by
   * {@link AnnualEvaluation}), with credit points for a functional position: the yearly predikat
   * over the months the rated periods cover, and each period's own. For the employee, their pejabat
   * penilai and the admin.
   */
  public AnnualView annual(String actorNip, boolean admin, String employeeNip, int year) {
    Employee me = employee(actorNip);
    Employee rated = employeeOrNotFound(employeeNip);
    if (!admin && !Employee.same(me, rated) && !isAppraiser(rated, me, false)) {
      throw forbidden();
    }
    List<PeriodRating> published = publishedRatings(rated, year);
    Optional<FunctionalLevel> level =
        rated.getPositionKind() == PositionKind.FUNGSIONAL
            ? FunctionalLevel.fromPositionName(rated.getPositionName())
            : Optional.empty();
    List<AnnualView.PeriodCredit> periods = new ArrayList<>();
    int months = 0;
    for (PeriodRating r : published) {
      int periodMonths = months(r.getPeriod());
      months += periodMonths;
      periods.add(
          new AnnualView.PeriodCredit(
              r.getId(),
              r.getPeriod().getNumber(),
              periodMonths,
              r.getPredicate(),
              r.isUnderObjection(),
              level
                  .map(l -> CreditPoints.of(r.getPredicate(), l.yearlyCoefficient(), periodMonths))
                  .orElse(null)));
    }
    if (published.isEmpty()) {
      return new AnnualView(
          rated.getNip().value(),
          rated.getName(),
          year,
          null,
          null,
          null,
          level.orElse(null),
          null,
          List.of());
    }
    AnnualEvaluation annual =
        AnnualEvaluation.fromPeriods(published.stream().map(PeriodRating::ratings).toList());
    int covered = Math.min(12, months);
    BigDecimal yearly =
        level
            .map(l -> CreditPoints.of(annual.predicate(), l.yearlyCoefficient(), covered))
            .orElse(null);
    return new AnnualView(
        rated.getNip().value(),
        rated.getName(),
        year,
        annual.resultRating(),
        annual.behaviourRating(),
        annual.predicate(),
        level.orElse(null),
        yearly,
        List.copyOf(periods));
  }

  // ---- rules ----

  /** The pejabat penilai: the direct supervisor, or any admin but the employee for the head. */
  private static boolean isAppraiser(Employee rated, Employee person, boolean admin) {
    Employee supervisor = rated.getSupervisor();
    return supervisor == null
        ? admin && !Employee.same(person, rated)
        : Employee.same(person, supervisor);
  }

  /**
   * The atasan pejabat penilai: the supervisor of the rating's appraiser; null (the admin decides)
   * for the head of the tree or when the appraiser has no supervisor.
   */
  private static Employee decider(PeriodRating rating) {
    return rating.getEmployee().getSupervisor() == null
        ? null
        : rating.getAppraiser().getSupervisor();
  }

  /** Whether the person decides objections to the rating; never its employee or appraiser. */
  private static boolean isDecider(PeriodRating rating, Employee person, boolean admin) {
    if (Employee.same(person, rating.getEmployee())
        || Employee.same(person, rating.getAppraiser())) {
      return false;
    }
    Employee decider = decider(rating);
    return decider == null ? admin : Employee.same(person, decider);
  }

  private RatingView publish(PeriodRating rating) {
    RatingView before = view(rating);
    rating.publish(now());
    RatingView after = changed(rating, "publish", before);
    ratingPublished.fire(
        new RatingPublished(region.code(), rating.getId(), rating.getEmployee().getNip().value()));
    return after;
  }

  private RatingView changed(PeriodRating rating, String action, RatingView before) {
    em().lock(rating, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flush();
    RatingView after = view(rating);
    audit.record(AUDIT_ENTITY, String.valueOf(rating.getId()), action, before, after);
    return after;
  }

  private RatingView view(PeriodRating rating) {
    return RatingView.of(rating, rating.isPublished() ? deadline(rating) : null);
  }

  private Instant deadline(PeriodRating rating) {
    TenantDefinition region = registry.current();
    return ObjectionDeadline.of(
        rating.getPublishedAt().toInstant(), region.timeZone(), region.deadlines().objectionDays());
  }

  private List<PeriodRating> publishedRatings(Employee employee, int year) {
    return em().createQuery(
            "select r from PeriodRating r join r.period p where r.employee = :e and p.year = :y"
                + " and r.status <> :draft order by p.startsOn",
            PeriodRating.class)
        .setParameter("e", employee)
        .setParameter("y", year)
        .setParameter("draft", RatingStatus.DRAFT)
        .getResultList();
  }

  /**
   * The employee's approved SKP in force for the year. Read from the plans' table rather than the
   * planning feature's classes: planning uses the evaluation rules (core values), so a dependency
   * back would make a cycle between the features.
   */
  private Optional<Long> planInForce(long employeeId, int year) {
    return em().createNativeQuery(
            "select id from performance_plan where employee_id = ? and year = ?"
                + " and status = 'APPROVED'")
        .setHint(NATIVE, true)
        .setParameter(1, employeeId)
        .setParameter(2, year)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  /** The employees with an approved SKP in force for the year; see {@link #planInForce}. */
  private Set<Long> employeesWithPlanInForce(int year) {
    Set<Long> ids = new HashSet<>();
    em().createNativeQuery(
            "select employee_id from performance_plan where year = ? and status = 'APPROVED'")
        .setHint(NATIVE, true)
        .setParameter(1, year)
        .getResultStream()
        .forEach(id -> ids.add(((Number) id).longValue()));
    return ids;
  }

  private EvaluationPeriod periodicPeriod(long periodId) {
    EvaluationPeriod period = em().find(EvaluationPeriod.class, periodId);
    if (period == null) {
      throw RuleViolation.notFound();
    }
    if (period.getKind() == PeriodKind.YEAR) {
      throw invalid(
          "Pilih periode bulanan atau triwulanan.", "Choose a monthly or quarterly period.");
    }
    return period;
  }

  private static void requireOpen(EvaluationPeriod period) {
    if (period.getState() == PeriodState.LOCKED) {
      throw conflict("Periode penilaian sudah dikunci.", "The evaluation period is locked.");
    }
  }

  private static PeriodRatings ratings(RatingInput input) {
    if (input == null || input.resultRating() == null || input.behaviourRating() == null) {
      throw invalid(
          "Rating hasil kerja dan rating perilaku kerja wajib dipilih.",
          "Both the work result rating and the work behaviour rating are required.");
    }
    return new PeriodRatings(input.resultRating(), input.behaviourRating());
  }

  private static int months(EvaluationPeriod period) {
    return period.getKind() == PeriodKind.QUARTER ? 3 : 1;
  }

  private PeriodRating find(long ratingId) {
    PeriodRating rating = em().find(PeriodRating.class, ratingId);
    if (rating == null) {
      throw RuleViolation.notFound();
    }
    return rating;
  }

  private static void checkVersion(long current, long seen) {
    if (current != seen) {
      throw RuleViolation.concurrentChange();
    }
  }

  private void flush() {
    Records.flush(em());
  }

  private Employee employee(String nip) {
    if (nip == null) {
      throw forbidden();
    }
    return findEmployee(nip).orElseThrow(RatingService::forbidden);
  }

  private Employee employeeOrNotFound(String nip) {
    return findEmployee(nip).orElseThrow(RuleViolation::notFound);
  }

  private Optional<Employee> findEmployee(String nip) {
    return Employees.byNip(em(), nip);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas penilaian ini.",
        "You are not allowed to act on this rating.");
  }

  private static RuleViolation conflict(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.CONFLICT, id, en);
  }

  private static RuleViolation invalid(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.INVALID, id, en);
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
