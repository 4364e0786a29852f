package id.kinerja.platform.period.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodCalendar;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current region's evaluation periods: opened per year, locked and unlocked by the admin. */
@ApplicationScoped
@Transactional
public class PeriodService {

  /** The earliest and latest years a region may open. */
  static final int FIRST_YEAR = 2020;

  static final int LAST_YEAR = 2100;

  @Inject EvaluationPeriods repository;
  @Inject TenantRegistry registry;
  @Inject AuditTrail audit;
  @Inject Event<PeriodLocking> locking;

  /** The audit trail's name for a period. */
  static final String AUDIT_ENTITY = "evaluation_period";

  /** The years the region has opened, latest first. */
  public List<Integer> years() {
    return repository.years();
  }

  /** The year and its periods, the year first, then in calendar order. */
  public List<PeriodView> periods(int year) {
    return repository.ofYear(year).stream().map(PeriodView::of).toList();
  }

  /**
   * Opens a performance year with its monthly or quarterly periods, as the region's tenant.yaml
   * sets, and deadlines in the region's time zone.
   *
   * @throws RuleViolation if the year is out of range or already opened
   */
  public List<PeriodView> openYear(int year) {
    refuseUnopenable(year);
    TenantDefinition region = registry.current();
    PeriodKind kind =
        region.evaluationPeriod() == TenantDefinition.EvaluationPeriod.QUARTERLY
            ? PeriodKind.QUARTER
            : PeriodKind.MONTH;
    repository.storeAll(
        PeriodCalendar.of(year, kind, region.timeZone(), region.deadlines().closingDays()).stream()
            .map(entry -> new EvaluationPeriod(year, entry))
            .toList());
    List<PeriodView> opened = periods(year);
    PeriodView whole = opened.get(0);
    audit.record(AUDIT_ENTITY, String.valueOf(whole.id()), "open_year", null, opened);
    return opened;
  }

  /** Refuses a year out of range or opened already. */
  private void refuseUnopenable(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Tahun harus antara " + FIRST_YEAR + " dan " + LAST_YEAR + ".",
          "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
    }
    if (!periods(year).isEmpty()) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Tahun penilaian " + year + " sudah dibuka.",
          "The performance year " + year + " is already open.");
    }
  }

  /**
   * Locks or reopens a period. Before a lock, {@link PeriodLocking} observers may refuse it (for
   * example while a unit breaks its distribution curve without a justification).
   *
   * @param version the version the caller last saw
   * @throws RuleViolation if the period is not the region's, or changed since
   */
  public PeriodView setState(long id, long version, PeriodState state) {
    EvaluationPeriod period = repository.find(id);
    if (period.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
    PeriodState previous = period.getState();
    if (state == PeriodState.LOCKED && previous != PeriodState.LOCKED) {
      locking.fire(new PeriodLocking(period.getId()));
    }
    period.setState(state);
    repository.flush();
    if (previous != state) {
      audit.record(
          AUDIT_ENTITY,
          String.valueOf(period.getId()),
          state == PeriodState.LOCKED ? "lock" : "unlock",
          auditState(period, previous, version),
          auditState(period, state, period.getVersion()));
    }
    return PeriodView.of(period);
  }

  private static Map<String, Object> auditState(
      EvaluationPeriod period, PeriodState state, long version) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("year", period.getYear());
    fields.put("kind", period.getKind().name());
    fields.put("number", period.getNumber());
    fields.put("state", state.name());
    fields.put("version", version);
    return fields;
  }
}
