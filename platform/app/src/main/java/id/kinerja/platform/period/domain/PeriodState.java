package id.kinerja.platform.period.domain;

/** Whether a period still takes realisations and ratings. */
public enum PeriodState {
  /** Realisations and ratings can be recorded. */
  OPEN,
  /** Closed by the pengelola kinerja; nothing of it changes any more. */
  LOCKED
}
