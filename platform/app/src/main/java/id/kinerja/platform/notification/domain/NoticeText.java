package id.kinerja.platform.notification.domain;

/**
 * A notice's subject and body in one language.
 *
 * @param subject one line
 * @param body the message
 */
public record NoticeText(String subject, String body) {}
