package id.kinerja.platform.dialogue.domain;

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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One item of a dialogue's development plan: training, coaching, mentoring or on-the-job. */
@Entity
@Table(name = "development_plan_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class DevelopmentPlanItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

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

  @Version private long version;

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

  public Long getId() {
    return id;
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
