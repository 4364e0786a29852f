package id.kinerja.platform.dialogue.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A performance dialogue (dialog kinerja): the meeting of an employee with their pejabat penilai in
 * an evaluation period, with the achievements, the obstacles and the development plan agreed. Both
 * sides confirm it; any edit clears the confirmations given so far, and once both have confirmed it
 * is final and never edited again.
 */
@Entity
@Table(name = "performance_dialogue")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class PerformanceDialogue extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  /** The pejabat penilai at the time of the meeting. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appraiser_id")
  private Employee appraiser;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  private String achievements;

  private String obstacles;

  @Column(name = "employee_confirmed_at")
  private OffsetDateTime employeeConfirmedAt;

  @Column(name = "appraiser_confirmed_at")
  private OffsetDateTime appraiserConfirmedAt;

  @OneToMany(mappedBy = "dialogue", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DevelopmentPlanItem> items = new ArrayList<>();

  protected PerformanceDialogue() {}

  /**
   * A new, unconfirmed dialogue of the employee with their current direct supervisor.
   *
   * @throws IllegalArgumentException if the employee has no supervisor
   */
  public PerformanceDialogue(Employee employee, EvaluationPeriod period, LocalDate meetingDate) {
    if (employee.getSupervisor() == null) {
      throw new IllegalArgumentException("The employee has no pejabat penilai");
    }
    this.employee = employee;
    this.appraiser = employee.getSupervisor();
    this.period = period;
    this.meetingDate = Objects.requireNonNull(meetingDate);
  }

  public Employee getEmployee() {
    return employee;
  }

  public Employee getAppraiser() {
    return appraiser;
  }

  public EvaluationPeriod getPeriod() {
    return period;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getAchievements() {
    return achievements;
  }

  public String getObstacles() {
    return obstacles;
  }

  public OffsetDateTime getEmployeeConfirmedAt() {
    return employeeConfirmedAt;
  }

  public OffsetDateTime getAppraiserConfirmedAt() {
    return appraiserConfirmedAt;
  }

  public List<DevelopmentPlanItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  /** Whether both sides have confirmed it: then it is final. */
  public boolean isConfirmed() {
    return employeeConfirmedAt != null && appraiserConfirmedAt != null;
  }

  /**
   * The rule of who records a dialogue: only the employee's pejabat penilai, their direct
   * supervisor; nobody records one for the head of the tree.
   *
   * @throws RuleViolation FORBIDDEN for anybody else
   */
  public static void requireRecordedBy(Employee employee, Employee person) {
    if (!employee.isAppraisedBy(person, false)) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya pejabat penilai langsung pegawai yang dapat mencatat dialog kinerjanya.",
          "Only the employee's direct supervisor may record their performance dialogue.");
    }
  }

  /** Whether the person is the employee or the pejabat penilai of this dialogue. */
  public boolean isParticipant(Employee person) {
    return isEmployee(person) || isAppraiser(person);
  }

  /**
   * The rule of who sees and changes a dialogue: its two participants only, whatever its state.
   *
   * @throws RuleViolation FORBIDDEN for anybody else
   */
  public void requireParticipant(Employee person) {
    if (!isParticipant(person)) {
      throw onlyItsParticipants();
    }
  }

  /** The refusal of anybody but the participants. */
  public static RuleViolation onlyItsParticipants() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Hanya pegawai dan pejabat penilainya yang dapat melihat dialog kinerja ini.",
        "Only the employee and their pejabat penilai may see this dialogue.");
  }

  /** Whether the person is the dialogue's employee. */
  public boolean isEmployee(Employee person) {
    return Employee.same(person, employee);
  }

  /** Whether the person has confirmed it already. */
  public boolean hasConfirmed(Employee person) {
    return (isEmployee(person) && employeeConfirmedAt != null)
        || (isAppraiser(person) && appraiserConfirmedAt != null);
  }

  /**
   * Replaces the content. Clears both confirmations: each side confirms what is now written.
   *
   * @throws IllegalStateException if it is final
   */
  public void edit(
      LocalDate meetingDate, String achievements, String obstacles, List<Development> plan) {
    requireOpen();
    this.meetingDate = Objects.requireNonNull(meetingDate);
    this.achievements = achievements;
    this.obstacles = obstacles;
    items.clear();
    plan.forEach(
        d -> items.add(new DevelopmentPlanItem(this, d.kind(), d.description(), d.targetDate())));
    employeeConfirmedAt = null;
    appraiserConfirmedAt = null;
  }

  /**
   * Records the participant's confirmation of the content as it is.
   *
   * @throws IllegalStateException if it is final
   * @throws IllegalArgumentException if the person is not a participant
   */
  public void confirm(Employee person, OffsetDateTime at) {
    requireOpen();
    if (isEmployee(person)) {
      employeeConfirmedAt = at;
    } else if (isAppraiser(person)) {
      appraiserConfirmedAt = at;
    } else {
      throw new IllegalArgumentException("Not a participant of the dialogue");
    }
  }

  private void requireOpen() {
    if (isConfirmed()) {
      throw new IllegalStateException("The dialogue is confirmed by both sides");
    }
  }

  private boolean isAppraiser(Employee person) {
    return Employee.same(person, appraiser);
  }
}
