package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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
public class EvidenceFile extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evidence_id")
  private Evidence evidence;

  @Column(nullable = false)
  private byte[] content;

  protected EvidenceFile() {}

  /** The content of a FILE evidence. */
  public EvidenceFile(Evidence evidence, byte[] content) {
    if (evidence.getKind() != EvidenceKind.FILE) {
      throw new IllegalArgumentException("Only file evidence has content");
    }
    this.evidence = evidence;
    this.content = content.clone();
  }

  public Evidence getEvidence() {
    return evidence;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
