package id.kinerja.platform.planning.domain;

/** The kind of a planned result (RHK). */
public enum ResultKind {
  /** RHK utama: supports a result of the supervisor. */
  UTAMA,
  /** RHK tambahan: extra work, needs no cascading link. */
  TAMBAHAN
}
