package id.kinerja.platform.planning.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The target of an indicator for one period of the region's cadence (month 1–12 or quarter 1–4).
 */
@Entity
@Table(name = "indicator_target")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class IndicatorTarget extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(name = "period_number", nullable = false)
  private int periodNumber;

  @Column(nullable = false)
  private String target;

  protected IndicatorTarget() {}

  IndicatorTarget(Indicator indicator, int periodNumber, String target) {
    this.indicator = indicator;
    this.periodNumber = periodNumber;
    this.target = target;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public int getPeriodNumber() {
    return periodNumber;
  }

  /** The target value as planned, e.g. "12" or "100". */
  public String getTarget() {
    return target;
  }

  void setTarget(String target) {
    this.target = target;
  }
}
