package id.kinerja.platform.period.domain;

/** The kinds of evaluation period. */
public enum PeriodKind {
  /** The whole performance year (evaluasi tahunan). */
  YEAR,
  /** A quarter (triwulan). */
  QUARTER,
  /** A month (bulan). */
  MONTH
}
