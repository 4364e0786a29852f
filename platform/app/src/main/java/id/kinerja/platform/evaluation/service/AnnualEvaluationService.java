package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.AnnualEvaluation;
import id.kinerja.platform.evaluation.domain.CreditPoints;
import id.kinerja.platform.evaluation.domain.FunctionalLevel;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An employee's yearly evaluation from their published periodic ratings (computed on read by {@link
 * AnnualEvaluation}), with credit points for a functional position, for who may read it ({@link
 * AnnualEvaluation#isReadableBy}).
 */
@ApplicationScoped
@Transactional
public class AnnualEvaluationService {

  @Inject RatingContext context;
  @Inject Ratings ratings;
  @Inject Employees employees;

  /**
   * The yearly predikat over the months the rated periods cover, and each period's own, with credit
   * points for a functional position. For the employee, their pejabat penilai and the admin.
   */
  public AnnualView annual(String employeeNip, int year) {
    Employee me = context.me();
    Employee rated = employees.byNip(employeeNip).orElseThrow(RuleViolation::notFound);
    if (!AnnualEvaluation.isReadableBy(rated, me, context.isAdmin())) {
      throw RatingRefusals.forbidden();
    }
    List<PeriodRating> published = ratings.publishedOf(rated, year);
    Optional<FunctionalLevel> level =
        rated.getPositionKind() == PositionKind.FUNGSIONAL
            ? FunctionalLevel.fromPositionName(rated.getPositionName())
            : Optional.empty();
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
    List<AnnualView.PeriodCredit> periods = new ArrayList<>();
    int months = 0;
    for (PeriodRating r : published) {
      int periodMonths = months(r.getPeriod());
      months += periodMonths;
      periods.add(credit(r, periodMonths, level));
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

  private static AnnualView.PeriodCredit credit(
      PeriodRating r, int periodMonths, Optional<FunctionalLevel> level) {
    return new AnnualView.PeriodCredit(
        r.getId(),
        r.getPeriod().getNumber(),
        periodMonths,
        r.getPredicate(),
        r.isUnderObjection(),
        level
            .map(l -> CreditPoints.of(r.getPredicate(), l.yearlyCoefficient(), periodMonths))
            .orElse(null));
  }

  private static int months(EvaluationPeriod period) {
    return period.getKind() == PeriodKind.QUARTER ? 3 : 1;
  }
}
