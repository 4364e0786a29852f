package id.kinerja.platform.calibration.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.calibration.domain.AppraiserOutlier;
import id.kinerja.platform.calibration.domain.CurveJustification;
import id.kinerja.platform.calibration.domain.UnitCurve;
import id.kinerja.platform.evaluation.domain.UnitResult;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodLocking;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Calibration of a period in the current region: each unit's curve, where it breaks, its
 * justification, and the appraisers far from the norm. The admin sees every unit; a head sees their
 * own unit and the units whose heads report to them. Nothing here changes a rating: a rating is
 * changed by its appraiser, a breach is justified in writing, and the period's lock is refused
 * while a breach is not.
 */
@ApplicationScoped
@Transactional
public class CalibrationService {

  private static final Logger LOG = Logger.getLogger(CalibrationService.class.getName());

  /** The audit trail's name for a justification. */
  public static final String AUDIT_ENTITY = "curve_justification";

  @Inject TenantEntityManager entityManager;
  @Inject CurveJustifications justifications;
  @Inject AuditTrail audit;
  @Inject TenantJdbc jdbc;
  @Inject Actor actor;
  @Inject Employees employees;
  @Inject Clock clock;

  /** The units the caller may calibrate in the period, breaking ones first, then by name. */
  public List<UnitCalibration> units(long periodId) {
    period(periodId);
    Snapshot snapshot = snapshot(periodId);
    Employee me = me();
    Map<Long, CurveJustification> written = justifications.ofPeriod(periodId);
    List<UnitCalibration> units = new ArrayList<>();
    for (UnitCurve curve : snapshot.curves().values()) {
      if (mayCalibrate(me, curve, snapshot)) {
        units.add(view(curve, snapshot, written.get(curve.unitId())));
      }
    }
    units.sort(
        Comparator.comparing((UnitCalibration u) -> u.breaches().isEmpty())
            .thenComparing(UnitCalibration::unitName));
    return units;
  }

  /**
   * Writes or rewrites the justification of a unit's breach.
   *
   * @param version the justification's version the caller last saw, {@code null} for a new one
   */
  public UnitCalibration justify(long periodId, long unitId, Long version, String text) {
    EvaluationPeriod period = period(periodId);
    Snapshot snapshot = snapshot(periodId);
    UnitCurve curve = snapshot.curves().get(unitId);
    if (curve == null) {
      throw RuleViolation.notFound();
    }
    Employee me = me();
    refuseUnlessCalibratedBy(me, curve, snapshot);
    if (period.getState() == PeriodState.LOCKED) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT, "Periode ini sudah dikunci.", "This period is locked.");
    }
    String reason = reason(text);
    if (!curve.broken()) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Unit ini mengikuti kurva distribusi; tidak ada yang perlu dijustifikasi.",
          "This unit follows its distribution curve; there is nothing to justify.");
    }
    CurveJustification saved = write(periodId, unitId, version, reason, me);
    return view(curve, snapshot, saved);
  }

  private void refuseUnlessCalibratedBy(Employee me, UnitCurve curve, Snapshot snapshot) {
    if (!mayCalibrate(me, curve, snapshot)) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya pimpinan unit, atasannya, atau pengelola kinerja yang dapat mengkalibrasi unit"
              + " ini.",
          "Only the unit's head, their supervisor or the performance admin may calibrate this"
              + " unit.");
    }
  }

  private static String reason(String text) {
    String reason = text == null ? "" : text.strip();
    if (reason.length() < 20) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Tuliskan alasan yang jelas (paling sedikit 20 karakter) mengapa unit ini menyimpang"
              + " dari kurva distribusi.",
          "Write a clear reason (at least 20 characters) why this unit departs from the"
              + " distribution curve.");
    }
    return reason;
  }

  /** Writes a new justification or rewrites the one of {@code version}, and audits it. */
  private CurveJustification write(
      long periodId, long unitId, Long version, String reason, Employee me) {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    CurveJustification existing = justifications.ofPeriod(periodId).get(unitId);
    boolean fresh = existing == null;
    if (fresh ? version != null : version == null || existing.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
    Map<String, Object> before = fresh ? null : auditState(existing);
    CurveJustification saved = existing;
    if (fresh) {
      saved = new CurveJustification(periodId, unitId, reason, me.getId(), now);
      justifications.store(saved);
    } else {
      existing.rewrite(reason, me.getId(), now);
    }
    justifications.flush();
    String action = fresh ? "justify" : "rejustify";
    audit.record(AUDIT_ENTITY, String.valueOf(saved.getId()), action, before, auditState(saved));
    return saved;
  }

  /** The appraisers far from the region's norm in the period, for the admin only. */
  public List<OutlierView> outliers(long periodId) {
    if (!actor.isAdmin()) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya pengelola kinerja yang melihat penilai yang menyimpang.",
          "Only the performance admin sees outlier appraisers.");
    }
    period(periodId);
    List<AppraiserOutlier> outliers = snapshot(periodId).period().outliers();
    return outliers.stream().map(this::outlierView).toList();
  }

  private OutlierView outlierView(AppraiserOutlier o) {
    Employee a = employees.find(o.appraiserId());
    return new OutlierView(
        a.getNip().value(), a.getName(), o.ratings(), o.meanScore(), o.normScore(), o.z());
  }

  /**
   * Whether the caller may see the unit's ratings of the period, as in calibration: the admin, the
   * unit's head and the head's supervisor.
   *
   * @throws RuleViolation NOT_FOUND for a period or unit (with employees) not of the region
   */
  public boolean mayCalibrate(long periodId, long unitId) {
    period(periodId);
    Snapshot snapshot = snapshot(periodId);
    UnitCurve curve = snapshot.curves().get(unitId);
    if (curve == null) {
      throw RuleViolation.notFound();
    }
    return actor.isAdmin() || mayCalibrate(me(), curve, snapshot);
  }

  /**
   * The unit's result (capaian kinerja organisasi) in the period, from its head's rating hasil
   * kerja; empty until the head is rated, or for a unit without employees. The caller decides who
   * may see it.
   */
  public Optional<UnitResult> unitResult(long periodId, long unitId) {
    period(periodId);
    return Optional.ofNullable(snapshot(periodId).curves().get(unitId)).map(UnitCurve::result);
  }

  /** Refuses to lock a period while a unit breaks its curve without a justification. */
  void refuseLockWhileUnjustified(@Observes PeriodLocking event) {
    Snapshot snapshot = snapshot(event.periodId());
    Map<Long, CurveJustification> written = justifications.ofPeriod(event.periodId());
    List<String> blocking =
        snapshot.curves().values().stream()
            .filter(c -> c.broken() && !written.containsKey(c.unitId()))
            .map(c -> snapshot.period().unitNames().get(c.unitId()))
            .sorted()
            .toList();
    if (!blocking.isEmpty()) {
      String units = String.join(", ", blocking);
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Periode belum dapat dikunci: unit berikut menyimpang dari kurva distribusi tanpa"
              + " justifikasi tertulis: "
              + units
              + ". Kalibrasi penilaiannya atau tuliskan justifikasinya di halaman Kalibrasi.",
          "The period cannot be locked yet: these units break the distribution curve without a"
              + " written justification: "
              + units
              + ". Calibrate their ratings or write the justification on the Calibration page.");
    }
  }

  /** The period's snapshot and every unit's curve. */
  private record Snapshot(PeriodSnapshot period, Map<Long, UnitCurve> curves) {}

  private Snapshot snapshot(long periodId) {
    PeriodSnapshot period;
    try {
      period = jdbc.inTransaction(connection -> PeriodSnapshot.load(connection, periodId));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the period's ratings failed", e);
    }
    if (!period.stale().isEmpty()) {
      LOG.warning(
          () ->
              period.stale().size()
                  + " ratings of period "
                  + periodId
                  + " store a predikat the matrix does not give: "
                  + period.stale());
    }
    return new Snapshot(period, period.curves());
  }

  /** The unit's rule ({@link UnitCurve#isCalibratedBy}) for the actor. */
  private boolean mayCalibrate(Employee me, UnitCurve curve, Snapshot snapshot) {
    Long headsSupervisor =
        curve.headId() == null ? null : snapshot.period().supervisors().get(curve.headId());
    return curve.isCalibratedBy(me.getId(), headsSupervisor, actor.isAdmin());
  }

  private static UnitCalibration view(
      UnitCurve curve, Snapshot snapshot, CurveJustification justification) {
    return UnitCalibration.of(curve, snapshot.period(), justification);
  }

  private static Map<String, Object> auditState(CurveJustification j) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("period", j.getPeriodId());
    fields.put("unit", j.getUnitId());
    fields.put("text", j.getText());
    fields.put("author", j.getAuthorId());
    return fields;
  }

  private EvaluationPeriod period(long periodId) {
    EvaluationPeriod period = em().find(EvaluationPeriod.class, periodId);
    if (period == null) {
      throw RuleViolation.notFound();
    }
    return period;
  }

  private Employee me() {
    return employees
        .byNip(actor.nip())
        .orElseThrow(
            () ->
                new RuleViolation(
                    RuleViolation.Kind.FORBIDDEN,
                    "Akun Anda belum terhubung dengan data pegawai di daerah ini.",
                    "Your account is not linked to an employee of this region."));
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
