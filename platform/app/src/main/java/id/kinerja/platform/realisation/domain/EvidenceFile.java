package id.kinerja.platform.realisation.domain;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The content of an evidence file, in its own table (and under row-level security like every
 * region's data), read only to download it.
 */
@Entity
@Table(name = "evidence_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class EvidenceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kinerja_id")
  @SequenceGenerator(name = "kinerja_id", sequenceName = "kinerja_id_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evidence_id")
  private Evidence evidence;

  @Column(nullable = false)
  private byte[] content;

  @Version private long version;

  protected EvidenceFile() {}

  /** The content of a FILE evidence. */
  public EvidenceFile(Evidence evidence, byte[] content) {
    if (evidence.getKind() != EvidenceKind.FILE) {
      throw new IllegalArgumentException("Only file evidence has content");
    }
    this.evidence = evidence;
    this.content = content.clone();
  }

  public Long getId() {
    return id;
  }

  public Evidence getEvidence() {
    return evidence;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
