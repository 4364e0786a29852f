package id.kinerja.platform.evaluation.domain;

/** Where a periodic rating stands: hidden from the employee until published. */
public enum RatingStatus {
  /** Given by the appraiser, not yet visible to the employee. */
  DRAFT,
  /** Visible to the employee; final unless the employee objects in time. */
  PUBLISHED,
  /** Published, and the employee's objection to it awaits the atasan's decision. */
  OBJECTED
}
