package id.kinerja.platform.notification.domain;

/**
 * What a notice is about; each kind has its texts in {@link NoticeTemplates}, with the parameters
 * named below (texts of any parameter left out show nothing in its place).
 */
public enum NoticeKind {
  /**
   * An employee submitted a plan to the recipient, their pejabat penilai: {@code employee, year}.
   */
  PLAN_SUBMITTED,
  /** The recipient's plan was returned: {@code appraiser, year, reason}. */
  PLAN_RETURNED,
  /** The recipient's plan was approved: {@code appraiser, year}. */
  PLAN_APPROVED,
  /** The recipient's appraiser gave feedback on their performance: {@code appraiser, period}. */
  FEEDBACK_GIVEN,
  /** The recipient's rating was published: {@code period, rating}. */
  RATING_PUBLISHED,
  /**
   * An objection (keberatan) was filed that the recipient is to handle: {@code employee, period}.
   */
  OBJECTION_FILED,
  /** The recipient's objection was decided: {@code period, decision}. */
  OBJECTION_DECIDED,
  /** An evaluation period's deadline is near: {@code period, deadline}. */
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
