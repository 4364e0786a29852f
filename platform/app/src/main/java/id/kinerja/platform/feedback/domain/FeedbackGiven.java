package id.kinerja.platform.feedback.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The fact that a respondent answered about an employee for a feedback source in a period, so that
 * a second answer is refused. It holds no answer and is not linked to the {@link
 * FeedbackAnswerRecord}s given.
 */
@Entity
@Table(name = "feedback_given")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class FeedbackGiven extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "respondent_id")
  private Employee respondent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Column(name = "source_id", nullable = false)
  private String sourceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_group", nullable = false)
  private Relation respondentGroup;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  protected FeedbackGiven() {}

  public FeedbackGiven(
      EvaluationPeriod period,
      Employee respondent,
      Employee employee,
      String sourceId,
      Relation respondentGroup,
      OffsetDateTime answeredAt) {
    this.period = period;
    this.respondent = respondent;
    this.employee = employee;
    this.sourceId = sourceId;
    this.respondentGroup = respondentGroup;
    this.answeredAt = answeredAt;
  }

  public EvaluationPeriod getPeriod() {
    return period;
  }

  public Employee getRespondent() {
    return respondent;
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getSourceId() {
    return sourceId;
  }

  public Relation getRespondentGroup() {
    return respondentGroup;
  }
}
