package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.organization.domain.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One entry of the pejabat penilai's continuous feedback (umpan balik) on a realisation. */
@Entity
@Table(name = "feedback")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realisation_id")
  private Realisation realisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private Employee author;

  @Column(nullable = false)
  private String text;

  @Column(name = "given_at", nullable = false)
  private OffsetDateTime givenAt;

  @Version private long version;

  protected Feedback() {}

  Feedback(Realisation realisation, Employee author, String text, OffsetDateTime givenAt) {
    this.realisation = realisation;
    this.author = author;
    this.text = text;
    this.givenAt = givenAt;
  }

  public Long getId() {
    return id;
  }

  public Realisation getRealisation() {
    return realisation;
  }

  public Employee getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public OffsetDateTime getGivenAt() {
    return givenAt;
  }

  public long getVersion() {
    return version;
  }
}
