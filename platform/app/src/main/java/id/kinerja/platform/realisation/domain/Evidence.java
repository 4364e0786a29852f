package id.kinerja.platform.realisation.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A piece of evidence (bukti dukung) of a realisation: a link, or a file whose content is kept
 * apart in an {@link EvidenceFile} so that listing evidence never loads the files.
 */
@Entity
@Table(name = "evidence")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Evidence extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "realisation_id")
  private Realisation realisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvidenceKind kind;

  private String url;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  private String sha256;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  protected Evidence() {}

  private Evidence(Realisation realisation, EvidenceKind kind, OffsetDateTime addedAt) {
    this.realisation = realisation;
    this.kind = kind;
    this.addedAt = addedAt;
  }

  static Evidence link(Realisation realisation, String url, OffsetDateTime at) {
    Evidence evidence = new Evidence(realisation, EvidenceKind.LINK, at);
    evidence.url = url;
    return evidence;
  }

  static Evidence file(
      Realisation realisation,
      String fileName,
      EvidenceType type,
      byte[] content,
      OffsetDateTime at) {
    Evidence evidence = new Evidence(realisation, EvidenceKind.FILE, at);
    evidence.fileName = fileName;
    evidence.contentType = type.mediaType();
    evidence.sizeBytes = (long) content.length;
    evidence.sha256 = EvidenceRules.sha256(content);
    return evidence;
  }

  public Realisation getRealisation() {
    return realisation;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  /** The link; null for a file. */
  public String getUrl() {
    return url;
  }

  /** The sanitised original name of a file; null for a link. */
  public String getFileName() {
    return fileName;
  }

  /** The media type detected from the file's content; null for a link. */
  public String getContentType() {
    return contentType;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  /** The SHA-256 of the file's content (hex); null for a link. */
  public String getSha256() {
    return sha256;
  }

  public OffsetDateTime getAddedAt() {
    return addedAt;
  }
}
