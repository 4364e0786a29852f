package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * One development activity in a region's catalog.
 *
 * @param code the region's code of the activity, unique in the catalog
 * @param titleId the title in Bahasa Indonesia
 * @param titleEn the title in English
 * @param kind what kind of activity it is
 * @since 1.1.0
 */
public record TrainingCatalogEntry(String code, String titleId, String titleEn, Kind kind) {

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

  /** Checks the components. */
  public TrainingCatalogEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(titleId, "titleId");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(kind, "kind");
  }
}
