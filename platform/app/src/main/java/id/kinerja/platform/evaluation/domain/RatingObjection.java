package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Keberatan: an employee's objection to a published periodic rating, with its reason. The atasan
 * pejabat penilai decides it once, with a reason: REJECTED keeps the rating, GRANTED replaces its
 * ratings (and so its predikat). The ratings as objected to are kept.
 */
@Entity
@Table(name = "rating_objection")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class RatingObjection extends RegionRecord {

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id")
  private PeriodRating rating;

  @Column(nullable = false)
  private String reason;

  @Column(name = "filed_at", nullable = false)
  private OffsetDateTime filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObjectionStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by_id")
  private Employee decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "original_result_rating", nullable = false)
  private Rating originalResultRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "original_behaviour_rating", nullable = false)
  private Rating originalBehaviourRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "original_predicate", nullable = false)
  private Predicate originalPredicate;

  protected RatingObjection() {}

  RatingObjection(PeriodRating rating, String reason, OffsetDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An objection needs a reason");
    }
    this.rating = rating;
    this.reason = reason.strip();
    this.filedAt = at;
    this.status = ObjectionStatus.PENDING;
    this.originalResultRating = rating.getResultRating();
    this.originalBehaviourRating = rating.getBehaviourRating();
    this.originalPredicate = rating.getPredicate();
  }

  public PeriodRating getRating() {
    return rating;
  }

  public String getReason() {
    return reason;
  }

  public OffsetDateTime getFiledAt() {
    return filedAt;
  }

  public ObjectionStatus getStatus() {
    return status;
  }

  public Employee getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  /** The ratings as the employee objected to them. */
  public PeriodRatings originalRatings() {
    return new PeriodRatings(originalResultRating, originalBehaviourRating);
  }

  public Predicate getOriginalPredicate() {
    return originalPredicate;
  }

  /**
   * Decides the objection, finally. The caller checks that {@code by} is the atasan pejabat
   * penilai.
   *
   * @param granted the new ratings if the objection is granted, null to reject it
   * @throws IllegalStateException if already decided
   * @throws IllegalArgumentException if the reason is blank
   */
  public void decide(Employee by, PeriodRatings granted, String reason, OffsetDateTime at) {
    if (status != ObjectionStatus.PENDING) {
      throw new IllegalStateException("The decision on an objection is final");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A decision needs a reason");
    }
    status = granted == null ? ObjectionStatus.REJECTED : ObjectionStatus.GRANTED;
    decidedBy = by;
    decidedAt = at;
    decisionReason = reason.strip();
    rating.settle(granted);
  }
}
