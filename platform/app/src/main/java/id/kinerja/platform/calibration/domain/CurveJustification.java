package id.kinerja.platform.calibration.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Why a unit may break its distribution curve in a period, in the words of the head or the admin
 * who calibrated it. The period can be locked with the breach once it is justified.
 */
@Entity
@Table(name = "curve_justification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class CurveJustification extends RegionRecord {

  @Column(name = "period_id", nullable = false)
  private long periodId;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(nullable = false)
  private String text;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  protected CurveJustification() {}

  /** A justification of the unit's breach in the period. */
  public CurveJustification(
      long periodId, long unitId, String text, long authorId, OffsetDateTime writtenAt) {
    this.periodId = periodId;
    this.unitId = unitId;
    rewrite(text, authorId, writtenAt);
  }

  /** Replaces the text, now by {@code authorId}. */
  public void rewrite(String text, long authorId, OffsetDateTime writtenAt) {
    this.text = text;
    this.authorId = authorId;
    this.writtenAt = writtenAt;
  }

  public long getPeriodId() {
    return periodId;
  }

  public long getUnitId() {
    return unitId;
  }

  public String getText() {
    return text;
  }

  public long getAuthorId() {
    return authorId;
  }

  public OffsetDateTime getWrittenAt() {
    return writtenAt;
  }
}
