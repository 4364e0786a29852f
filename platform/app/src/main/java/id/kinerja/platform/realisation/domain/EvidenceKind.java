package id.kinerja.platform.realisation.domain;

/** What a piece of evidence is. */
public enum EvidenceKind {
  /** An uploaded file, stored in the database. */
  FILE,
  /** A link to a web page or document elsewhere. */
  LINK
}
