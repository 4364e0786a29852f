package id.kinerja.platform.evaluation.domain;

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

/** The appraiser's note on one BerAKHLAK core value in a periodic rating. */
@Entity
@Table(name = "rating_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class RatingNote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id")
  private PeriodRating rating;

  @Enumerated(EnumType.STRING)
  @Column(name = "core_value", nullable = false)
  private CoreValue coreValue;

  @Column(nullable = false)
  private String text;

  @Version private long version;

  protected RatingNote() {}

  RatingNote(PeriodRating rating, CoreValue coreValue, String text) {
    this.rating = rating;
    this.coreValue = coreValue;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public CoreValue getCoreValue() {
    return coreValue;
  }

  public String getText() {
    return text;
  }

  void setText(String text) {
    this.text = text;
  }
}
