package id.kinerja.platform.planning.domain;

import id.kinerja.platform.shared.domain.CoreValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The pejabat penilai's special expectation (ekspektasi khusus pimpinan) for one core value. */
@Entity
@Table(name = "special_expectation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class SpecialExpectation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PerformancePlan plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "core_value", nullable = false)
  private CoreValue coreValue;

  @Column(nullable = false)
  private String text;

  @Version private long version;

  protected SpecialExpectation() {}

  SpecialExpectation(PerformancePlan plan, CoreValue coreValue, String text) {
    this.plan = plan;
    this.coreValue = coreValue;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public PerformancePlan getPlan() {
    return plan;
  }

  public CoreValue getCoreValue() {
    return coreValue;
  }

  public String getText() {
    return text;
  }

  public long getVersion() {
    return version;
  }

  void setText(String text) {
    this.text = text;
  }
}
