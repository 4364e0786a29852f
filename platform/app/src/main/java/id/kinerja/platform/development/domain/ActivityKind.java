package id.kinerja.platform.development.domain;

/** What kind of development activity a catalog entry is. */
public enum ActivityKind {
  /** Pelatihan or diklat: a course. */
  TRAINING,
  /** Coaching by the supervisor. */
  COACHING,
  /** Mentoring by a more experienced colleague. */
  MENTORING,
  /** Magang or penugasan: learning on the job. */
  ON_THE_JOB
}
