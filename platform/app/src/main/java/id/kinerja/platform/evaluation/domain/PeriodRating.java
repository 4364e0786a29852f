package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The pejabat penilai's rating of one employee for one monthly or quarterly period: rating hasil
 * kerja and rating perilaku kerja, the predikat that follows from them by the national matrix, and
 * optional notes per BerAKHLAK core value and overall. A DRAFT is hidden from the employee and can
 * be changed; once PUBLISHED it changes only through a granted objection. The plan id names the
 * approved SKP in force the rating was given against. Who may read, publish, object to and decide
 * on the rating are its rules ({@link #isReadableBy}, {@link #mayBePublishedBy}, {@link
 * #mayBeObjectedToBy}, {@link #mayBeDecidedBy}).
 */
@Entity
@Table(name = "period_rating")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class PeriodRating extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private EvaluationPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appraiser_id")
  private Employee appraiser;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_rating", nullable = false)
  private Rating resultRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "behaviour_rating", nullable = false)
  private Rating behaviourRating;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Predicate predicate;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RatingStatus status;

  @Column(name = "rated_at", nullable = false)
  private OffsetDateTime ratedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @OneToMany(mappedBy = "rating", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("coreValue")
  private List<RatingNote> notes = new ArrayList<>();

  @OneToOne(mappedBy = "rating", fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
  private RatingObjection objection;

  protected PeriodRating() {}

  /** A new draft rating. */
  public PeriodRating(
      EvaluationPeriod period,
      Employee employee,
      Employee appraiser,
      long planId,
      PeriodRatings ratings,
      Map<CoreValue, String> notes,
      String note,
      OffsetDateTime at) {
    this.period = period;
    this.employee = employee;
    this.appraiser = appraiser;
    this.planId = planId;
    this.status = RatingStatus.DRAFT;
    change(appraiser, ratings, notes, note, at);
  }

  public EvaluationPeriod getPeriod() {
    return period;
  }

  public Employee getEmployee() {
    return employee;
  }

  /** Who gave the rating: the employee's direct supervisor, or the admin for the head. */
  public Employee getAppraiser() {
    return appraiser;
  }

  /** The id of the approved SKP in force the rating was given against. */
  public long getPlanId() {
    return planId;
  }

  public Rating getResultRating() {
    return resultRating;
  }

  public Rating getBehaviourRating() {
    return behaviourRating;
  }

  /** The two ratings together. */
  public PeriodRatings ratings() {
    return new PeriodRatings(resultRating, behaviourRating);
  }

  /** The predikat, always the one the national matrix gives for the two ratings. */
  public Predicate getPredicate() {
    return predicate;
  }

  /** The appraiser's overall note, or null. */
  public String getNote() {
    return note;
  }

  public RatingStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRatedAt() {
    return ratedAt;
  }

  /** When the rating became visible to the employee; null while a draft. */
  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  /** The notes per core value, in the order of the core values. */
  public Map<CoreValue, String> noteMap() {
    Map<CoreValue, String> map = new EnumMap<>(CoreValue.class);
    notes.forEach(n -> map.put(n.getCoreValue(), n.getText()));
    return Collections.unmodifiableMap(map);
  }

  /** The employee's objection, if one was filed. */
  public RatingObjection getObjection() {
    return objection;
  }

  /** Whether an objection to the rating awaits its decision: reports mark such ratings. */
  public boolean isUnderObjection() {
    return status == RatingStatus.OBJECTED;
  }

  /** Whether the employee may see the rating. */
  public boolean isPublished() {
    return status != RatingStatus.DRAFT;
  }

  // ---- who may do what (RatingParties): asked before the state, so a refusal leaks nothing ----

  /**
   * Whether {@code person} may read the rating: the admin, the employee's readers and whoever gave
   * it (the employee only once published, which is the state, asked after this rule).
   *
   * @param personIsAdmin whether {@code person} acts as the region's pengelola kinerja
   */
  public boolean isReadableBy(Employee person, boolean personIsAdmin) {
    return parties().isReadableBy(person, personIsAdmin);
  }

  /** Whether {@code person} may change the draft or publish it: the employee's pejabat penilai. */
  public boolean mayBePublishedBy(Employee person, boolean personIsAdmin) {
    return parties().mayBePublishedBy(person, personIsAdmin);
  }

  /** Whether {@code person} may object to the rating: only its employee. */
  public boolean mayBeObjectedToBy(Employee person) {
    return parties().mayBeObjectedToBy(person);
  }

  /** Who decides an objection: the atasan pejabat penilai; empty when the admin decides. */
  public Optional<Employee> decider() {
    return parties().decider();
  }

  /** Whether {@code person} decides objections: the atasan pejabat penilai, else the admin. */
  public boolean mayBeDecidedBy(Employee person, boolean personIsAdmin) {
    return parties().mayBeDecidedBy(person, personIsAdmin);
  }

  private RatingParties parties() {
    return new RatingParties(employee, appraiser);
  }

  /**
   * Changes the draft: new ratings (the predikat is recomputed), the notes per core value (blank
   * ones are dropped) and the overall note.
   *
   * @throws IllegalStateException if the rating is already published
   */
  public void change(
      Employee by,
      PeriodRatings ratings,
      Map<CoreValue, String> coreValueNotes,
      String overallNote,
      OffsetDateTime at) {
    if (status != RatingStatus.DRAFT) {
      throw new IllegalStateException("A published rating changes only by an objection");
    }
    setRatings(ratings);
    this.appraiser = by;
    this.note = blankToNull(overallNote);
    this.ratedAt = at;
    RatingNote.replace(notes, this, coreValueNotes);
  }

  /**
   * Makes the draft visible to the employee.
   *
   * @throws IllegalStateException if already published
   */
  public void publish(OffsetDateTime at) {
    if (status != RatingStatus.DRAFT) {
      throw new IllegalStateException("Already published");
    }
    status = RatingStatus.PUBLISHED;
    publishedAt = at;
  }

  /**
   * The employee's objection, which marks the rating as under objection until decided. The caller
   * checks the deadline and who objects.
   *
   * @throws IllegalStateException unless published and never objected to
   */
  public RatingObjection object(String reason, OffsetDateTime at) {
    if (status != RatingStatus.PUBLISHED || objection != null) {
      throw new IllegalStateException("Only a published rating can be objected to, once");
    }
    objection = new RatingObjection(this, reason, at);
    status = RatingStatus.OBJECTED;
    return objection;
  }

  /** Ends the objection: a granted one replaces the ratings, and the rating is final again. */
  void settle(PeriodRatings granted) {
    if (granted != null) {
      setRatings(granted);
    }
    status = RatingStatus.PUBLISHED;
  }

  private void setRatings(PeriodRatings ratings) {
    this.resultRating = ratings.resultRating();
    this.behaviourRating = ratings.behaviourRating();
    this.predicate = ratings.predicate();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
