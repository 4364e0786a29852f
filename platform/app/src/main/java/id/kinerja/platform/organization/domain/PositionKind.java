package id.kinerja.platform.organization.domain;

/** The kinds of position (jabatan). */
public enum PositionKind {
  /** Jabatan pimpinan tinggi. */
  JPT,
  /** Jabatan administrator. */
  ADMINISTRATOR,
  /** Jabatan pengawas. */
  PENGAWAS,
  /** Jabatan pelaksana. */
  PELAKSANA,
  /** Jabatan fungsional. */
  FUNGSIONAL
}
