package id.kinerja.platform.evaluation.domain;

/** Where an objection (keberatan) stands; a decision is final. */
public enum ObjectionStatus {
  /** Filed, awaiting the atasan pejabat penilai. */
  PENDING,
  /** Decided: the rating stays. */
  REJECTED,
  /** Decided: the rating was replaced by the atasan's ratings. */
  GRANTED
}
