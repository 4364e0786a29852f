package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * One development activity in a region's catalog.
 *
 * @param code the region's code of the activity, unique in the catalog
 * @param title the title of the activity
 * @param kind what kind of activity it is
 * @since 1.1.0
 */
public record TrainingCatalogEntry(String code, LocalizedText title, Kind kind) {

  /** The kind of a development activity. */
  public enum Kind {
    /** A course or classroom training (pelatihan). */
    TRAINING,
    /** Coaching by the appraiser. */
    COACHING,
    /** Mentoring by an experienced colleague. */
    MENTORING,
    /** Learning on the job (magang, penugasan). */
    ON_THE_JOB
  }

  /**
   * Checks the components.
   *
   * @since 1.2.0
   */
  public TrainingCatalogEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * An entry as in API 1.1.
   *
   * @param titleId the title in Bahasa Indonesia (not an identifier)
   * @param titleEn the title in English
   * @deprecated since 1.2.0: use the canonical constructor with a {@link LocalizedText}
   */
  @Deprecated
  public TrainingCatalogEntry(String code, String titleId, String titleEn, Kind kind) {
    this(code, LocalizedText.of(titleId, titleEn), kind);
  }

  /**
   * The title in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #title()}
   */
  @Deprecated
  public String titleId() {
    return title.indonesian();
  }

  /**
   * The title in English.
   *
   * @deprecated since 1.2.0: use {@link #title()}
   */
  @Deprecated
  public String titleEn() {
    return title.english();
  }
}
