package id.kinerja.platform.notification.domain;

import id.kinerja.platform.organization.domain.Employee;
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
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An in-app notice to an employee, with its texts in Indonesian and English as rendered when it was
 * created, and a link to the portal page it is about. Unread until the recipient reads it.
 */
@Entity
@Table(name = "notice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class Notice extends RegionRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private Employee recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(name = "subject_en", nullable = false)
  private String subjectEn;

  @Column(name = "body_id", nullable = false)
  private String bodyId;

  @Column(name = "body_en", nullable = false)
  private String bodyEn;

  @Column(nullable = false)
  private String link;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notice() {}

  /** An unread notice of {@code kind} with its texts rendered from {@code params}. */
  public Notice(
      Employee recipient,
      NoticeKind kind,
      Map<String, String> params,
      String link,
      OffsetDateTime createdAt) {
    NoticeText id = NoticeTemplates.indonesian(kind, params);
    NoticeText en = NoticeTemplates.english(kind, params);
    this.recipient = recipient;
    this.kind = kind;
    this.subjectId = id.subject();
    this.bodyId = id.body();
    this.subjectEn = en.subject();
    this.bodyEn = en.body();
    this.link = link;
    this.createdAt = createdAt;
  }

  public Employee getRecipient() {
    return recipient;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public NoticeText indonesian() {
    return new NoticeText(subjectId, bodyId);
  }

  public NoticeText english() {
    return new NoticeText(subjectEn, bodyEn);
  }

  /** The absolute address of the portal page the notice is about. */
  public String getLink() {
    return link;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** When the recipient read it, or {@code null} while unread. */
  public OffsetDateTime getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  /**
   * Who may read and mark the notice: its recipient only. Anyone else (in this region or another)
   * is told it does not exist.
   */
  public boolean isAddressedTo(String nip) {
    return nip != null && recipient != null && nip.equals(recipient.getNip().value());
  }

  /** Marks the notice read; a notice already read keeps its first reading time. */
  public void markRead(OffsetDateTime at) {
    if (readAt == null) {
      setReadAt(at);
    }
  }

  private void setReadAt(OffsetDateTime at) {
    this.readAt = at;
  }

  /**
   * The email text: the Indonesian message first, then the English one below, each with the link.
   */
  public String emailBody() {
    return bodyId
        + "\n\n"
        + link
        + "\n\n-- \n"
        + subjectEn
        + "\n\n"
        + bodyEn
        + "\n\n"
        + link
        + "\n";
  }
}
