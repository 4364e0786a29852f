package id.kinerja.platform.dialogue.domain;

/** What kind of development a plan item is. */
public enum DevelopmentKind {
  /** Pelatihan: a course or training. */
  TRAINING,
  /** Coaching by the supervisor. */
  COACHING,
  /** Mentoring by a more experienced colleague. */
  MENTORING,
  /** Penugasan: learning on the job through an assignment. */
  ON_THE_JOB
}
