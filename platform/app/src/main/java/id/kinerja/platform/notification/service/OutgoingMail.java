package id.kinerja.platform.notification.service;

/**
 * An email to send once the transaction that queued it has committed.
 *
 * @param to the recipient's address
 * @param subject the subject line (Indonesian)
 * @param body the text (Indonesian, with English below)
 */
public record OutgoingMail(String to, String subject, String body) {}
