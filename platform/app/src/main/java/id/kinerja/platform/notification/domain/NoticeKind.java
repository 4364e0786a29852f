package id.kinerja.platform.notification.domain;

/** What a notice is about; each kind has its texts in {@link NoticeTemplates}. */
public enum NoticeKind {
  /** An employee submitted a plan to the recipient, their pejabat penilai. */
  PLAN_SUBMITTED,
  /** The recipient's plan was returned with a reason. */
  PLAN_RETURNED,
  /** The recipient's plan was approved. */
  PLAN_APPROVED,
  /** The recipient's appraiser gave feedback on their performance. */
  FEEDBACK_GIVEN,
  /** The recipient's rating was published. */
  RATING_PUBLISHED,
  /** An objection (keberatan) was filed that the recipient is to handle. */
  OBJECTION_FILED,
  /** The recipient's objection was decided. */
  OBJECTION_DECIDED,
  /** An evaluation period's deadline is near. */
  DEADLINE_APPROACHING;

  /** The portal page the notice links to, relative to the region's portal. */
  public String page() {
    return switch (this) {
      case PLAN_SUBMITTED -> "skp/tinjau";
      case PLAN_RETURNED, PLAN_APPROVED -> "skp";
      default -> "notifikasi";
    };
  }
}
