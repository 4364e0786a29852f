package id.kinerja.platform.feedback.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One anonymous answer to a 360 question about an employee. It names the respondent's group and a
 * random submission id shared by the answers given together, never the respondent; its id is random
 * (not from the shared sequence) and it keeps only the day, so that nothing links it to the {@link
 * FeedbackGiven} record of who answered.
 */
@Entity
@Table(name = "feedback_answer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class FeedbackAnswerRecord {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Column(name = "source_id", nullable = false)
  private String sourceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_group", nullable = false)
  private Relation respondentGroup;

  @Column(name = "submission_id", nullable = false)
  private UUID submissionId;

  @Column(name = "question_id", nullable = false)
  private String questionId;

  private Integer score;

  private String text;

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @Version private long version;

  protected FeedbackAnswerRecord() {}

  /** An answer of one submission, with a fresh random id. */
  public FeedbackAnswerRecord(
      EvaluationPeriod period,
      Employee employee,
      String sourceId,
      Relation respondentGroup,
      UUID submissionId,
      String questionId,
      Integer score,
      String text,
      LocalDate createdOn) {
    this.id = RANDOM.nextLong() & Long.MAX_VALUE;
    this.period = period;
    this.employee = employee;
    this.sourceId = sourceId;
    this.respondentGroup = respondentGroup;
    this.submissionId = submissionId;
    this.questionId = questionId;
    this.score = score;
    this.text = text;
    this.createdOn = createdOn;
  }

  public Long getId() {
    return id;
  }

  public String getSourceId() {
    return sourceId;
  }

  public Relation getRespondentGroup() {
    return respondentGroup;
  }

  public UUID getSubmissionId() {
    return submissionId;
  }

  public String getQuestionId() {
    return questionId;
  }

  public Integer getScore() {
    return score;
  }

  public String getText() {
    return text;
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public long getVersion() {
    return version;
  }
}
