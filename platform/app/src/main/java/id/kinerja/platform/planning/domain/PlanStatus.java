package id.kinerja.platform.planning.domain;

/** Where a plan version is in its workflow. */
public enum PlanStatus {
  /** Being drafted by the employee. */
  DRAFT,
  /** Waiting for the pejabat penilai. */
  SUBMITTED,
  /** In force for its year until a newer version is approved. */
  APPROVED,
  /** Sent back by the pejabat penilai with a reason; the employee edits and submits again. */
  RETURNED,
  /** Replaced by a newer approved version. */
  SUPERSEDED;

  /** Whether the employee may change the plan's results and indicators. */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }
}
