package id.kinerja.platform.document.service;

import id.kinerja.platform.calibration.service.CalibrationService;
import id.kinerja.platform.evaluation.service.AnnualEvaluationService;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.RatingRow;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.SpecialExpectation;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The current region's official documents as PDF, and its results as CSV. Who may download a
 * document is who may read what it shows: the SKP goes to its employee, their pejabat penilai, and
 * the admin for the head of the tree (as {@link PlanReading#plan} decides); the evaluation of a
 * period to who may read the rating ({@link RatingService#rating}: its employee only once
 * published), the yearly one as {@link AnnualEvaluationService#annual} decides; a unit's results to
 * who may calibrate it ({@link CalibrationService#mayCalibrate}), the whole region's to the admin.
 * The people named on a document (the pejabat penilai, the atasan) follow the employee's reporting
 * line ({@link Employee#getSupervisor}, {@link Employee#appraisersSupervisor}).
 */
@ApplicationScoped
@Transactional
public class DocumentService {

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject PlanReading plans;
  @Inject RatingService ratings;
  @Inject AnnualEvaluationService annuals;
  @Inject RealisationService realisations;
  @Inject PeriodService periods;
  @Inject CalibrationService calibration;
  @Inject EmployeeDirectory directory;
  @Inject TenantRegistry registry;
  @Inject TenantEntityManager entityManager;
  @Inject Clock clock;

  /**
   * The SKP of a plan version as PDF, signed today in the region's time zone.
   *
   * @throws id.kinerja.platform.shared.domain.RuleViolation NOT_FOUND for a plan not in the region,
   *     FORBIDDEN for anyone else than the people named above
   */
  public byte[] skp(long planId) {
    PlanView plan = plans.plan(planId);
    TenantDefinition region = registry.current();
    SkpDocument.Person employee = person(plan.employeeNip());
    SkpDocument.Person appraiser = plan.appraiserNip() == null ? null : person(plan.appraiserNip());
    String xhtml =
        SkpDocument.xhtml(
            plan,
            region.name(),
            employee,
            appraiser,
            place(region),
            LocalDate.now(clock.withZone(region.timeZone())));
    return PdfRenderer.render(xhtml);
  }

  /** The file name of a plan's SKP. */
  public static String skpFileName(long planId) {
    return "skp-" + planId + ".pdf";
  }

  /**
   * The evaluation of a periodic rating as PDF: the rating with the period's realisations, the
   * plan's special expectations and the unit's result.
   *
   * @throws RuleViolation NOT_FOUND for a rating not in the region or, for its employee, not yet
   *     published; FORBIDDEN for anyone else than its readers
   */
  public byte[] evaluation(long ratingId) {
    RatingView rating = ratings.rating(ratingId);
    Employee rated = employees.byNip(rating.employeeNip()).orElseThrow();
    EmployeeSummary employee = directory.byNip(rating.employeeNip()).orElseThrow();
    RealisationSheet sheet = realisations.forEmployeePeriod(employee.id(), rating.periodId());
    PeriodView period =
        periods.periods(rating.year()).stream()
            .filter(p -> p.id() == rating.periodId())
            .findFirst()
            .orElseThrow();
    EmployeeSummary appraiser = directory.byNip(rating.appraiserNip()).orElseThrow();
    String atasanNip = atasanNip(rated);
    long unitId = rated.getUnit().getId();
    TenantDefinition region = registry.current();
    String xhtml =
        EvaluationDocument.periodic(
            rating,
            period.startsOn(),
            period.endsOn(),
            new EvaluationDocument.People(
                person(employee), person(appraiser), atasanNip == null ? null : person(atasanNip)),
            calibration.unitResult(rating.periodId(), unitId).orElse(null),
            sheet.rows(),
            expectations(sheet.planId()),
            issue(region));
    return PdfRenderer.render(xhtml);
  }

  /**
   * The yearly evaluation of an employee as PDF, from their published ratings of the year, with
   * credit points for a functional position.
   *
   * @throws RuleViolation NOT_FOUND for an employee not in the region, FORBIDDEN for anyone else
   *     than the employee, their pejabat penilai and the admin
   */
  public byte[] annualEvaluation(String employeeNip, int year) {
    AnnualView annual = annuals.annual(employeeNip, year);
    Employee rated = employees.byNip(annual.employeeNip()).orElseThrow();
    EmployeeSummary employee = directory.byNip(annual.employeeNip()).orElseThrow();
    EmployeeSummary appraiser =
        rated.getSupervisor() == null
            ? null
            : directory.byNip(rated.getSupervisor().getNip().value()).orElseThrow();
    String atasanNip = atasanNip(rated);
    String xhtml =
        EvaluationDocument.annual(
            annual,
            new EvaluationDocument.People(
                person(employee),
                appraiser == null ? null : person(appraiser),
                atasanNip == null ? null : person(atasanNip)),
            issue(registry.current()));
    return PdfRenderer.render(xhtml);
  }

  /**
   * The ratings of a period as CSV, drafts included and ratings under objection marked: one unit's
   * for who may calibrate it, or the whole region's for the admin.
   *
   * @param unitId the unit, null for the whole region
   * @throws RuleViolation NOT_FOUND for a period or unit not of the region, FORBIDDEN for anyone
   *     else
   */
  public byte[] results(long periodId, Long unitId) {
    boolean allowed = unitId == null ? actor.isAdmin() : calibration.mayCalibrate(periodId, unitId);
    if (!allowed) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya pengelola kinerja, pimpinan unit, atau atasannya yang dapat mengunduh hasil"
              + " penilaian unit.",
          "Only the performance admin, the unit's head or the head's supervisor may download the"
              + " unit's results.");
    }
    List<RatingRow> rows = ratings.ratingsOfPeriod(periodId);
    List<ResultsCsv.Line> lines =
        rows.stream()
            .filter(r -> unitId == null || r.unitId() == unitId)
            .map(
                r -> {
                  Employee e = employees.find(r.employeeId());
                  Employee appraiser = employees.find(r.appraiserId());
                  return new ResultsCsv.Line(
                      r.employeeNip(),
                      e.getName(),
                      e.getPositionName(),
                      e.getUnit().getName(),
                      appraiser.getNip().value(),
                      r.resultRating(),
                      r.behaviourRating(),
                      r.predicate(),
                      r.status(),
                      r.underObjection());
                })
            .toList();
    return ResultsCsv.csv(lines);
  }

  /** The file name of a periodic evaluation. */
  public static String evaluationFileName(long ratingId) {
    return "evaluasi-" + ratingId + ".pdf";
  }

  /** The file name of a yearly evaluation. */
  public static String annualFileName(String employeeNip, int year) {
    return "evaluasi-tahunan-" + employeeNip + "-" + year + ".pdf";
  }

  /** The file name of a period's results, of a unit or (null) the region. */
  public static String resultsFileName(long periodId, Long unitId) {
    return "hasil-" + periodId + (unitId == null ? "" : "-" + unitId) + ".csv";
  }

  /**
   * The plan's special expectations per core value. Read from the plan itself: the reader of an
   * evaluation may be the atasan, to whom {@link PlanReading#plan} does not show the plan.
   */
  private Map<CoreValue, String> expectations(Long planId) {
    PerformancePlan plan = planId == null ? null : em().find(PerformancePlan.class, planId);
    if (plan == null) {
      return Map.of();
    }
    return plan.getExpectations().stream()
        .collect(Collectors.toMap(SpecialExpectation::getCoreValue, SpecialExpectation::getText));
  }

  /**
   * The atasan pejabat penilai named on an evaluation: the appraiser's supervisor; none where the
   * admin stands in (the head of the tree, or an appraiser without a supervisor).
   */
  private static String atasanNip(Employee rated) {
    return rated.appraisersSupervisor().map(a -> a.getNip().value()).orElse(null);
  }

  private EvaluationDocument.Issue issue(TenantDefinition region) {
    return new EvaluationDocument.Issue(
        region.name(), place(region), LocalDate.now(clock.withZone(region.timeZone())));
  }

  private SkpDocument.Person person(EmployeeSummary e) {
    // The organisation data carries no pangkat/golongan yet: the field stays blank.
    return new SkpDocument.Person(e.name(), e.nip(), null, e.position(), e.unitName());
  }

  private EntityManager em() {
    return entityManager.get();
  }

  private SkpDocument.Person person(String nip) {
    return person(directory.byNip(nip).orElseThrow());
  }

  /** The place of signing: the last part of the region's name, e.g. "Kota Semarang". */
  private static String place(TenantDefinition region) {
    String name = region.name();
    return name.substring(name.lastIndexOf(',') + 1).strip();
  }
}
