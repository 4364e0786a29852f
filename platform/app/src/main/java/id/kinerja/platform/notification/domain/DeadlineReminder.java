package id.kinerja.platform.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** That the region's employees were reminded of an evaluation period's deadline: once a period. */
@Entity
@Table(name = "deadline_reminder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class DeadlineReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "period_id", nullable = false)
  private long periodId;

  @Column(name = "sent_at", nullable = false)
  private OffsetDateTime sentAt;

  @Version private long version;

  protected DeadlineReminder() {}

  public DeadlineReminder(long periodId, OffsetDateTime sentAt) {
    this.periodId = periodId;
    this.sentAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public long getPeriodId() {
    return periodId;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }
}
