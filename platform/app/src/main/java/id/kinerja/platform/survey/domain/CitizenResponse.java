package id.kinerja.platform.survey.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A citizen's anonymous answers to one feedback source about a service unit and, if the citizen
 * chose one, the employee who served. It keeps no address, only the keyed hash of the device and
 * day that the rate limit counts.
 */
@Entity
@Table(name = "citizen_response")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class CitizenResponse extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Column(name = "source_id", nullable = false)
  private String sourceId;

  @Column(nullable = false)
  private String answers;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "client_hash", nullable = false)
  private String clientHash;

  protected CitizenResponse() {}

  /**
   * @param answers the answers as JSON (see the survey service)
   */
  public CitizenResponse(
      OrgUnit unit,
      Employee employee,
      String sourceId,
      String answers,
      OffsetDateTime submittedAt,
      String clientHash) {
    this.unit = unit;
    this.employee = employee;
    this.sourceId = sourceId;
    this.answers = answers;
    this.submittedAt = submittedAt;
    this.clientHash = clientHash;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getAnswers() {
    return answers;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getClientHash() {
    return clientHash;
  }
}
