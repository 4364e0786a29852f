package id.kinerja.platform.notification.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** That the region's employees were reminded of an evaluation period's deadline: once a period. */
@Entity
@Table(name = "deadline_reminder")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class DeadlineReminder extends RegionRecord {

  @Column(name = "period_id", nullable = false)
  private long periodId;

  @Column(name = "sent_at", nullable = false)
  private OffsetDateTime sentAt;

  protected DeadlineReminder() {}

  public DeadlineReminder(long periodId, OffsetDateTime sentAt) {
    this.periodId = periodId;
    this.sentAt = sentAt;
  }

  public long getPeriodId() {
    return periodId;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }
}
