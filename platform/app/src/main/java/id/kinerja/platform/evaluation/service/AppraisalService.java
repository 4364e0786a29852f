package id.kinerja.platform.evaluation.service;

import static id.kinerja.platform.evaluation.service.RatingRefusals.checkVersion;
import static id.kinerja.platform.evaluation.service.RatingRefusals.conflict;
import static id.kinerja.platform.evaluation.service.RatingRefusals.forbidden;
import static id.kinerja.platform.evaluation.service.RatingRefusals.requireOpen;

import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.evaluation.domain.PeriodRatings;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pejabat penilai's work on the periodic ratings of the current region: the team of a period,
 * rating (a draft, changed until published) and publishing. Only the employee's pejabat penilai
 * ({@link Employee#isAppraisedBy}: the direct supervisor; the admin for the head of the tree) rates
 * and publishes, only against an approved SKP in force, only while the period is open. Every change
 * is audited and names the optimistic-locking version the caller last saw.
 */
@ApplicationScoped
@Transactional
public class AppraisalService {

  @Inject RatingContext context;
  @Inject Ratings ratings;
  @Inject RatedPeriods periods;
  @Inject ApprovedPlans plans;
  @Inject Employees employees;
  @Inject Event<RatingPublished> ratingPublished;

  /**
   * The employees the caller rates (direct reports; for the admin also the head of the tree), by
   * name, each with their rating of the period if given, drafts included.
   */
  public List<TeamMember> team(long periodId) {
    EvaluationPeriod period = periods.periodic(periodId);
    Employee me = context.me();
    Set<Long> withPlan = plans.employeesWithPlanInForce(period.getYear());
    Map<Long, PeriodRating> rated =
        ratings.ofPeriod(period).stream()
            .collect(Collectors.toMap(r -> r.getEmployee().getId(), Function.identity()));
    return periods.appraisedBy(me, context.isAdmin()).stream()
        .sorted(Comparator.comparing(Employee::getName))
        .map(
            e ->
                new TeamMember(
                    e.getId(),
                    e.getNip().value(),
                    e.getName(),
                    e.getPositionName(),
                    withPlan.contains(e.getId()),
                    Optional.ofNullable(rated.get(e.getId())).map(context::view).orElse(null)))
        .toList();
  }

  /**
   * Rates an employee for a period, or changes the draft rating: only their pejabat penilai, only
   * with an approved SKP in force for the year, only while the period is open and the rating not
   * yet published.
   *
   * @param version the version of the existing draft, null to create the rating
   */
  public RatingView rate(long periodId, long employeeId, Long version, RatingInput input) {
    EvaluationPeriod period = periods.periodic(periodId);
    Employee me = context.me();
    Employee rated = employees.find(employeeId);
    if (!rated.isAppraisedBy(me, context.isAdmin())) {
      throw forbidden();
    }
    requireOpen(period);
    PeriodRatings given = RatingRefusals.ratings(input);
    Optional<PeriodRating> existing = ratings.of(period, rated);
    if (existing.isEmpty()) {
      return create(period, rated, me, version, given, input);
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
    RatingView before = context.view(rating);
    rating.change(me, given, input.coreValueNotes(), input.note(), context.now());
    return context.changed(rating, "change", before);
  }

  private RatingView create(
      EvaluationPeriod period,
      Employee rated,
      Employee me,
      Long version,
      PeriodRatings given,
      RatingInput input) {
    if (version != null) {
      throw RuleViolation.concurrentChange();
    }
    long planId =
        plans
            .inForce(rated.getId(), period.getYear())
            .orElseThrow(
                () ->
                    conflict(
                        "Pegawai belum memiliki SKP yang disetujui untuk tahun "
                            + period.getYear()
                            + ".",
                        "The employee has no approved plan for " + period.getYear() + "."));
    PeriodRating rating =
        new PeriodRating(
            period, rated, me, planId, given, input.coreValueNotes(), input.note(), context.now());
    ratings.store(rating);
    return context.created(rating);
  }

  /** Publishes one draft rating of the caller's, while its period is open. */
  public RatingView publish(long ratingId, long version) {
    Employee me = context.me();
    PeriodRating rating = ratings.find(ratingId);
    if (!rating.mayBePublishedBy(me, context.isAdmin())) {
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
  public List<RatingView> publishAll(long periodId) {
    EvaluationPeriod period = periods.periodic(periodId);
    Employee me = context.me();
    boolean admin = context.isAdmin();
    requireOpen(period);
    return ratings.draftsOf(period).stream()
        .filter(r -> r.mayBePublishedBy(me, admin))
        .map(this::publish)
        .toList();
  }

  private RatingView publish(PeriodRating rating) {
    RatingView before = context.view(rating);
    rating.publish(context.now());
    RatingView after = context.changed(rating, "publish", before);
    ratingPublished.fire(
        new RatingPublished(
            context.region(), rating.getId(), rating.getEmployee().getNip().value()));
    return after;
  }
}
