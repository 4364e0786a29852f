package id.kinerja.platform.planning.domain;

import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.CoreValueNote;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The pejabat penilai's special expectation (ekspektasi khusus pimpinan) for one core value. */
@Entity
@Table(name = "special_expectation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class SpecialExpectation extends CoreValueNote {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PerformancePlan plan;

  protected SpecialExpectation() {}

  SpecialExpectation(PerformancePlan plan, CoreValue coreValue, String text) {
    super(coreValue, text);
    this.plan = plan;
  }

  public PerformancePlan getPlan() {
    return plan;
  }

  void setText(String text) {
    changeText(text);
  }

  /** A copy of this expectation for {@code revision}. */
  SpecialExpectation copyFor(PerformancePlan revision) {
    return new SpecialExpectation(revision, getCoreValue(), getText());
  }
}
