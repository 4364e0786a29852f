package id.kinerja.platform.shared.domain;

/**
 * A failure the user caused or must resolve, with its message in Bahasa Indonesia and English.
 * Views show the message; the REST API answers it with the matching status. Nothing already saved
 * is changed by the failing operation.
 */
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure it is. */
  public enum Kind {
    /** The input is not acceptable (400). */
    INVALID,
    /** What was asked for does not exist in the caller's region (404). */
    NOT_FOUND,
    /** Someone else changed the record first, or its state forbids the change (409). */
    CONFLICT,
    /** The caller may not do this (403). */
    FORBIDDEN
  }

  private final Kind kind;
  private final String messageEn;

  public RuleViolation(Kind kind, String messageId, String messageEn) {
    super(messageId);
    this.kind = kind;
    this.messageEn = messageEn;
  }

  /** A record changed by someone else since the caller read it. */
  public static RuleViolation concurrentChange() {
    return new RuleViolation(
        Kind.CONFLICT,
        "Data ini telah diubah oleh pengguna lain. Muat ulang halaman lalu ulangi perubahan Anda.",
        "Someone else changed this record. Reload the page and make your change again.");
  }

  /** Something that does not exist in the caller's region. */
  public static RuleViolation notFound() {
    return new RuleViolation(
        Kind.NOT_FOUND, "Data tidak ditemukan di daerah ini.", "Not found in this region.");
  }

  public Kind kind() {
    return kind;
  }

  /** The message in Bahasa Indonesia. */
  public String messageId() {
    return getMessage();
  }

  /** The message in English. */
  public String messageEn() {
    return messageEn;
  }

  /** The message in the language of {@code locale}: English for English, Indonesian otherwise. */
  public String message(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? messageEn : getMessage();
  }
}
