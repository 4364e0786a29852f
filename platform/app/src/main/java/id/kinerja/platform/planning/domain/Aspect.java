package id.kinerja.platform.planning.domain;

/** The aspect an indicator (IKI) measures. */
public enum Aspect {
  KUANTITAS,
  KUALITAS,
  WAKTU,
  BIAYA
}
