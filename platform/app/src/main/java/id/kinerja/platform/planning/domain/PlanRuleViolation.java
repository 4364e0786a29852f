package id.kinerja.platform.planning.domain;

/** A planning rule the requested change breaks, with its message in Indonesian and English. */
public class PlanRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of rule was broken. */
  public enum Kind {
    /** The input breaks a rule. */
    INVALID,
    /** The plan's status forbids the change. */
    STATE,
    /** The person may not do this. */
    FORBIDDEN
  }

  private final Kind kind;
  private final String messageEn;

  public PlanRuleViolation(Kind kind, String messageId, String messageEn) {
    super(messageId);
    this.kind = kind;
    this.messageEn = messageEn;
  }

  public Kind kind() {
    return kind;
  }

  public String messageId() {
    return getMessage();
  }

  public String messageEn() {
    return messageEn;
  }
}
