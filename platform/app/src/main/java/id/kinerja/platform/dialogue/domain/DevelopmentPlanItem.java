package id.kinerja.platform.dialogue.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One item of a dialogue's development plan: training, coaching, mentoring or on-the-job. */
@Entity
@Table(name = "development_plan_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class DevelopmentPlanItem extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dialogue_id")
  private PerformanceDialogue dialogue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DevelopmentKind kind;

  @Column(nullable = false)
  private String description;

  @Column(name = "target_date")
  private LocalDate targetDate;

  protected DevelopmentPlanItem() {}

  DevelopmentPlanItem(
      PerformanceDialogue dialogue,
      DevelopmentKind kind,
      String description,
      LocalDate targetDate) {
    this.dialogue = dialogue;
    this.kind = kind;
    this.description = description;
    this.targetDate = targetDate;
  }

  public PerformanceDialogue getDialogue() {
    return dialogue;
  }

  public DevelopmentKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  /** When it should be done; null if not agreed. */
  public LocalDate getTargetDate() {
    return targetDate;
  }
}
