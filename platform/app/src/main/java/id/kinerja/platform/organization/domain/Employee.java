package id.kinerja.platform.organization.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A pegawai (ASN) of a region, identified by NIP. The supervisor is the employee's pejabat penilai
 * kinerja (appraiser); the supervisor's own supervisor is the atasan pejabat penilai.
 */
@Entity
@Table(name = "employee")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Employee extends RegionRecord {

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(nullable = false)
  private String name;

  @Column(name = "position_name", nullable = false)
  private String positionName;

  @Enumerated(EnumType.STRING)
  @Column(name = "position_kind", nullable = false)
  private PositionKind positionKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_type", nullable = false)
  private EmploymentType employmentType;

  private String email;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervisor_id")
  private Employee supervisor;

  protected Employee() {}

  public Employee(
      Nip nip,
      String name,
      String positionName,
      PositionKind positionKind,
      EmploymentType employmentType,
      String email,
      OrgUnit unit) {
    this.nip = nip.value();
    this.name = name;
    this.positionName = positionName;
    this.positionKind = positionKind;
    this.employmentType = employmentType;
    this.email = email;
    this.unit = unit;
  }

  /** Whether both are the same employee; {@code false} if either is missing. */
  public static boolean same(Employee a, Employee b) {
    return a != null && b != null && (a == b || (a.getId() != null && a.getId().equals(b.getId())));
  }

  /**
   * Whether someone may read this employee's performance records: the employee, the pejabat penilai
   * (direct supervisor) or the atasan pejabat penilai.
   */
  public boolean isReadableBy(Employee viewer) {
    return same(viewer, this)
        || same(viewer, getSupervisor())
        || appraisersSupervisor().filter(a -> same(viewer, a)).isPresent();
  }

  /**
   * Whether {@code person} is this employee's pejabat penilai: the direct supervisor; for the head
   * of the tree (no supervisor), the region's pengelola kinerja, but never the head themselves.
   *
   * @param personIsAdmin whether {@code person} acts as the region's pengelola kinerja
   */
  public boolean isAppraisedBy(Employee person, boolean personIsAdmin) {
    Employee supervisor = getSupervisor();
    return supervisor == null ? personIsAdmin && !same(person, this) : same(person, supervisor);
  }

  /**
   * The atasan pejabat penilai: the supervisor of this employee's pejabat penilai; empty when the
   * pengelola kinerja stands in (the head of the tree, or a supervisor who has none).
   */
  public Optional<Employee> appraisersSupervisor() {
    Employee supervisor = getSupervisor();
    return supervisor == null ? Optional.empty() : Optional.ofNullable(supervisor.getSupervisor());
  }

  public Nip getNip() {
    return new Nip(nip);
  }

  public String getName() {
    return name;
  }

  public String getPositionName() {
    return positionName;
  }

  public PositionKind getPositionKind() {
    return positionKind;
  }

  public EmploymentType getEmploymentType() {
    return employmentType;
  }

  public String getEmail() {
    return email;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  /** The pejabat penilai kinerja, or {@code null} at the top of the region. */
  public Employee getSupervisor() {
    return supervisor;
  }

  /**
   * Updates what an import file says of the employee.
   *
   * @param email the new address, or {@code null} to keep the current one
   * @return whether anything changed
   */
  public boolean update(
      String name,
      String positionName,
      PositionKind positionKind,
      EmploymentType employmentType,
      String email,
      OrgUnit unit) {
    String newEmail = email == null ? this.email : (email.isEmpty() ? null : email);
    boolean changed =
        !java.util.Objects.equals(this.name, name)
            || !java.util.Objects.equals(this.positionName, positionName)
            || this.positionKind != positionKind
            || this.employmentType != employmentType
            || !java.util.Objects.equals(this.email, newEmail)
            || this.unit != unit;
    if (changed) {
      this.name = name;
      this.positionName = positionName;
      this.positionKind = positionKind;
      this.employmentType = employmentType;
      this.email = newEmail;
      this.unit = unit;
    }
    return changed;
  }

  /**
   * The rule of the reporting line: an employee's pejabat penilai is neither the employee nor
   * anyone the employee appraises, directly or through others.
   *
   * @param candidate the proposed pejabat penilai, or {@code null} for none
   * @throws RuleViolation (invalid) if {@code candidate} may not appraise this employee
   */
  public void checkAppraiser(Employee candidate) {
    if (candidate == this) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Pegawai tidak dapat menjadi atasannya sendiri.",
          "An employee cannot be their own supervisor.");
    }
    for (Employee e = candidate; e != null; e = e.getSupervisor()) {
      if (e == this) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            name
                + " tidak dapat dinilai oleh "
                + candidate.name
                + ": "
                + candidate.name
                + " sendiri berada di bawah "
                + name
                + " dalam garis atasan.",
            name
                + " cannot be appraised by "
                + candidate.name
                + ", who reports to "
                + name
                + " in the reporting line.");
      }
    }
  }

  /**
   * Sets the pejabat penilai kinerja. Refuses a link that would make the employee appraise
   * themselves, directly or through others.
   */
  public void setSupervisor(Employee supervisor) {
    for (Employee e = supervisor; e != null; e = e.getSupervisor()) {
      if (e == this) {
        throw new IllegalArgumentException("Reporting line cycle at " + nip);
      }
    }
    this.supervisor = supervisor;
  }
}
