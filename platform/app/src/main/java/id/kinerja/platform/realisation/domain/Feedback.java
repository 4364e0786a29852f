package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One entry of the pejabat penilai's continuous feedback (umpan balik) on a realisation. */
@Entity
@Table(name = "feedback")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Feedback extends RegionRecord {

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

  protected Feedback() {}

  Feedback(Realisation realisation, Employee author, String text, OffsetDateTime givenAt) {
    this.realisation = realisation;
    this.author = author;
    this.text = text;
    this.givenAt = givenAt;
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
}
