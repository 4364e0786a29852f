package id.kinerja.platform.notification.service;

import id.kinerja.platform.notification.domain.Notice;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.domain.NoticeText;
import java.time.OffsetDateTime;

/**
 * What the recipient sees of a notice.
 *
 * @param id the notice's id
 * @param kind what it is about
 * @param indonesian subject and body in Indonesian
 * @param english subject and body in English
 * @param link the portal page it is about
 * @param createdAt when it was created
 * @param readAt when the recipient read it, null while unread
 */
public record NoticeView(
    long id,
    NoticeKind kind,
    NoticeText indonesian,
    NoticeText english,
    String link,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  static NoticeView of(Notice notice) {
    return new NoticeView(
        notice.getId(),
        notice.getKind(),
        notice.indonesian(),
        notice.english(),
        notice.getLink(),
        notice.getCreatedAt(),
        notice.getReadAt());
  }

  /** Whether the recipient has read it. */
  public boolean read() {
    return readAt != null;
  }

  /** The texts in Indonesian, or in English for {@code english}. */
  public NoticeText text(boolean english) {
    return english ? this.english : indonesian;
  }
}
