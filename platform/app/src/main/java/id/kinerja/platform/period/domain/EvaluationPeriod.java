package id.kinerja.platform.period.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A region's evaluation period: a performance year or one of its months or quarters. Open periods
 * take realisations and ratings; the pengelola kinerja locks a period once it is complete.
 */
@Entity
@Table(name = "evaluation_period")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class EvaluationPeriod extends RegionRecord {

  @Column(nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PeriodKind kind;

  @Column(nullable = false)
  private int number;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  /** Stored as an offset date-time: EclipseLink 4.0 maps no {@link Instant}. */
  @Column(nullable = false)
  private OffsetDateTime deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PeriodState state;

  protected EvaluationPeriod() {}

  /** An open period from the calendar of its year. */
  public EvaluationPeriod(int year, PeriodCalendar.Entry entry) {
    this.year = year;
    this.kind = entry.kind();
    this.number = entry.number();
    this.startsOn = entry.startsOn();
    this.endsOn = entry.endsOn();
    this.deadline = entry.deadline().atOffset(ZoneOffset.UTC);
    this.state = PeriodState.OPEN;
  }

  public int getYear() {
    return year;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public Instant getDeadline() {
    return deadline.toInstant();
  }

  public PeriodState getState() {
    return state;
  }

  /** Opens or locks the period. */
  public void setState(PeriodState state) {
    this.state = state;
  }
}
