package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.shared.domain.RegionRecord;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The realisation (realisasi) of one IKI of an employee's approved plan in force for one periodic
 * evaluation period (a month or quarter of the plan's year): the achieved value and a description,
 * with evidence and the pejabat penilai's feedback. One per IKI and period. Nothing of it changes
 * once the period is locked.
 */
@Entity
@Table(name = "realisation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Realisation extends RegionRecord {

  /** The longest achieved value and description. */
  static final int MAX_VALUE_LENGTH = 200;

  static final int MAX_TEXT_LENGTH = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @Column(nullable = false)
  private String achieved;

  private String description;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "realisation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Evidence> evidence = new ArrayList<>();

  @OneToMany(mappedBy = "realisation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Feedback> feedback = new ArrayList<>();

  protected Realisation() {}

  private Realisation(Indicator indicator, EvaluationPeriod period, OffsetDateTime at) {
    this.employee = indicator.getResult().getPlan().getEmployee();
    this.indicator = indicator;
    this.period = period;
    this.recordedAt = at;
  }

  /**
   * Records the first realisation of an IKI for a period: only by the plan's own employee, only for
   * an IKI of the approved plan in force, only for a month or quarter of the plan's year that is
   * not locked.
   */
  public static Realisation record(
      Employee by,
      Indicator indicator,
      EvaluationPeriod period,
      String achieved,
      String description,
      OffsetDateTime at) {
    PerformancePlan plan = indicator.getResult().getPlan();
    if (!Employee.same(by, plan.getEmployee())) {
      throw forbidden(
          "Hanya pegawai pemilik SKP yang dapat mencatat realisasinya.",
          "Only the plan's own employee may record its realisations.");
    }
    if (plan.getStatus() != PlanStatus.APPROVED) {
      throw state(
          "Realisasi hanya dapat dicatat untuk IKI pada SKP yang berlaku (disetujui).",
          "Realisations can only be recorded for indicators of the approved plan in force.");
    }
    if (period.getKind() == PeriodKind.YEAR || period.getYear() != plan.getYear()) {
      throw EvidenceRules.invalid(
          "Pilih periode bulanan atau triwulanan pada tahun SKP " + plan.getYear() + ".",
          "Choose a month or quarter of the plan's year " + plan.getYear() + ".");
    }
    requireOpen(period);
    Realisation realisation = new Realisation(indicator, period, at);
    realisation.setValues(achieved, description, at);
    return realisation;
  }

  /** Changes the achieved value and description; same rules as {@link #record}. */
  public void change(Employee by, String achieved, String description, OffsetDateTime at) {
    requireOwnerWhileOpen(by);
    setValues(achieved, description, at);
  }

  /** Adds a link as evidence. */
  public Evidence addLink(Employee by, String url, OffsetDateTime at) {
    requireOwnerWhileOpen(by);
    Evidence link = Evidence.link(this, EvidenceRules.checkLink(url), at);
    evidence.add(link);
    return link;
  }

  /**
   * Adds a file as evidence, checked by its content and size; its content is to be stored as an
   * {@link EvidenceFile} of the returned evidence.
   */
  public Evidence addFile(
      Employee by, String fileName, byte[] content, long maxBytes, OffsetDateTime at) {
    requireOwnerWhileOpen(by);
    EvidenceType type = EvidenceRules.checkFile(content, maxBytes);
    Evidence file =
        Evidence.file(this, EvidenceRules.sanitiseFileName(fileName, type), type, content, at);
    evidence.add(file);
    return file;
  }

  /** Removes a piece of evidence of this realisation. */
  public void removeEvidence(Employee by, Evidence item) {
    requireOwnerWhileOpen(by);
    if (!evidence.remove(item)) {
      throw EvidenceRules.invalid(
          "Bukti dukung bukan bagian dari realisasi ini.",
          "The evidence is not part of this realisation.");
    }
  }

  /**
   * Adds an entry of continuous feedback: only the employee's pejabat penilai (the direct
   * supervisor; the admin for the head of the tree), while the period is not locked.
   */
  public Feedback addFeedback(Employee by, boolean byAdmin, String text, OffsetDateTime at) {
    if (!employee.isAppraisedBy(by, byAdmin)) {
      throw forbidden(
          "Hanya pejabat penilai langsung pegawai yang dapat memberi umpan balik.",
          "Only the employee's direct appraiser (supervisor) may give feedback.");
    }
    requireOpen(period);
    String clean = required(text, MAX_TEXT_LENGTH, "Umpan balik", "The feedback");
    Feedback entry = new Feedback(this, by, clean, at);
    feedback.add(entry);
    return entry;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public EvaluationPeriod getPeriod() {
    return period;
  }

  /** The achieved value, written like the targets (e.g. "12" or "100"). */
  public String getAchieved() {
    return achieved;
  }

  public String getDescription() {
    return description;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public List<Evidence> getEvidence() {
    return Collections.unmodifiableList(evidence);
  }

  public List<Feedback> getFeedback() {
    return Collections.unmodifiableList(feedback);
  }

  // ---- rules ----

  /** Refuses anybody but the realisation's own employee, who alone changes it. */
  public void requireOwner(Employee by) {
    if (!Employee.same(by, employee)) {
      throw forbidden(
          "Hanya pegawai pemilik realisasi yang dapat mengubahnya.",
          "Only the realisation's own employee may change it.");
    }
  }

  private void requireOwnerWhileOpen(Employee by) {
    requireOwner(by);
    requireOpen(period);
  }

  /** Refuses any change of a locked period. */
  static void requireOpen(EvaluationPeriod period) {
    if (period.getState() == PeriodState.LOCKED) {
      throw state(
          "Periode penilaian sudah dikunci; realisasi, bukti dukung dan umpan balik tidak dapat"
              + " diubah lagi.",
          "The evaluation period is locked; its realisations, evidence and feedback can no longer"
              + " be changed.");
    }
  }

  private void setValues(String achieved, String description, OffsetDateTime at) {
    this.achieved = required(achieved, MAX_VALUE_LENGTH, "Realisasi", "The achieved value");
    if (description != null && description.strip().length() > MAX_TEXT_LENGTH) {
      throw tooLong("Uraian", "The description", MAX_TEXT_LENGTH);
    }
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.updatedAt = at;
  }

  private static String required(String text, int max, String nameId, String nameEn) {
    if (text == null || text.isBlank()) {
      throw EvidenceRules.invalid(nameId + " wajib diisi.", nameEn + " is required.");
    }
    if (text.strip().length() > max) {
      throw tooLong(nameId, nameEn, max);
    }
    return text.strip();
  }

  private static RuleViolation tooLong(String nameId, String nameEn, int max) {
    return EvidenceRules.invalid(
        nameId + " paling panjang " + max + " karakter.",
        nameEn + " may be at most " + max + " characters long.");
  }

  private static RuleViolation state(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.CONFLICT, id, en);
  }

  private static RuleViolation forbidden(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.FORBIDDEN, id, en);
  }
}
