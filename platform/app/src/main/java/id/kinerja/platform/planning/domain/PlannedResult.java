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
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A planned work result (RHK) of a plan. A UTAMA result supports one result of the supervisor's
 * approved plan (the cascading link). Copies made by a revision share a lineage with the result
 * they copy, so links to an older approved version still find the result now in force.
 */
@Entity
@Table(name = "planned_result")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class PlannedResult extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PerformancePlan plan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResultKind kind;

  @Column(nullable = false)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supports_id")
  private PlannedResult supports;

  @Column(name = "lineage_id")
  private Long lineageId;

  @OneToMany(mappedBy = "result", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Indicator> indicators = new ArrayList<>();

  protected PlannedResult() {}

  PlannedResult(
      PerformancePlan plan, ResultKind kind, String text, PlannedResult supports, Long lineageId) {
    this.plan = plan;
    this.kind = kind;
    this.text = text;
    this.supports = supports;
    this.lineageId = lineageId;
  }

  public PerformancePlan getPlan() {
    return plan;
  }

  public ResultKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  /** The supervisor's result this one supports, or null. */
  public PlannedResult getSupports() {
    return supports;
  }

  public List<Indicator> getIndicators() {
    return Collections.unmodifiableList(indicators);
  }

  /** The id shared by this result and its copies in later versions of the plan. */
  public Long lineage() {
    return lineageId != null ? lineageId : getId();
  }

  void change(ResultKind kind, String text, PlannedResult supports) {
    setKind(kind);
    setText(text);
    setSupports(supports);
  }

  /** A copy of this RHK and its IKI for {@code revision}, in the same lineage. */
  PlannedResult copyFor(PerformancePlan revision) {
    PlannedResult copy = new PlannedResult(revision, kind, text, supports, lineage());
    for (Indicator i : getIndicators()) {
      copy.addIndicator(i.getText(), i.getAspect(), i.getUnit(), i.targetMap());
    }
    return copy;
  }

  Indicator addIndicator(String text, Aspect aspect, String unit, Map<Integer, String> targets) {
    Indicator indicator = new Indicator(this, text, aspect, unit);
    indicator.setTargets(targets);
    indicators.add(indicator);
    return indicator;
  }

  void removeIndicator(Indicator indicator) {
    indicators.remove(indicator);
  }

  private void setKind(ResultKind kind) {
    this.kind = kind;
  }

  private void setText(String text) {
    this.text = text;
  }

  private void setSupports(PlannedResult supports) {
    this.supports = supports;
  }
}
