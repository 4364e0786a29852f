package id.kinerja.platform.planning.domain;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An indicator (IKI) of a planned result: what is measured, its aspect, unit and targets. */
@Entity
@Table(name = "indicator")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Indicator extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "result_id")
  private PlannedResult result;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Aspect aspect;

  private String unit;

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("periodNumber")
  private List<IndicatorTarget> targets = new ArrayList<>();

  protected Indicator() {}

  Indicator(PlannedResult result, String text, Aspect aspect, String unit) {
    this.result = result;
    this.text = text;
    this.aspect = aspect;
    this.unit = unit;
  }

  public PlannedResult getResult() {
    return result;
  }

  public String getText() {
    return text;
  }

  public Aspect getAspect() {
    return aspect;
  }

  /** The unit of the targets (e.g. "dokumen", "%", "hari"), or null. */
  public String getUnit() {
    return unit;
  }

  public List<IndicatorTarget> getTargets() {
    return Collections.unmodifiableList(targets);
  }

  /** The targets by period number, in period order. */
  public Map<Integer, String> targetMap() {
    Map<Integer, String> map = new TreeMap<>();
    for (IndicatorTarget t : targets) {
      map.put(t.getPeriodNumber(), t.getTarget());
    }
    return map;
  }

  void change(String text, Aspect aspect, String unit, Map<Integer, String> targets) {
    setText(text);
    setAspect(aspect);
    setUnit(unit);
    setTargets(targets);
  }

  /**
   * Replaces the targets, keeping the rows of periods that stay (blank values are left out), so
   * that no period is deleted and inserted again in one flush.
   */
  void setTargets(Map<Integer, String> wanted) {
    Map<Integer, String> clean = new TreeMap<>();
    if (wanted != null) {
      wanted.forEach(
          (period, value) -> {
            if (value != null && !value.isBlank()) {
              clean.put(period, value.strip());
            }
          });
    }
    for (Iterator<IndicatorTarget> it = targets.iterator(); it.hasNext(); ) {
      IndicatorTarget t = it.next();
      String value = clean.remove(t.getPeriodNumber());
      if (value == null) {
        it.remove();
      } else {
        t.setTarget(value);
      }
    }
    clean.forEach((period, value) -> targets.add(new IndicatorTarget(this, period, value)));
    targets.sort(java.util.Comparator.comparingInt(IndicatorTarget::getPeriodNumber));
  }

  private void setText(String text) {
    this.text = text;
  }

  private void setAspect(Aspect aspect) {
    this.aspect = aspect;
  }

  private void setUnit(String unit) {
    this.unit = unit;
  }
}
