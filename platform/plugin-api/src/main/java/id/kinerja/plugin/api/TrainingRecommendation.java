package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * A development activity recommended to an employee, with the reason shown in the performance
 * dialogue and the development plan.
 *
 * @param catalogCode the {@link TrainingCatalogEntry#code() code} of an entry of the region's
 *     catalog
 * @param reasonId why, in Bahasa Indonesia
 * @param reasonEn why, in English
 * @since 1.1.0
 */
public record TrainingRecommendation(String catalogCode, String reasonId, String reasonEn) {

  /** Checks the components. */
  public TrainingRecommendation {
    Objects.requireNonNull(catalogCode, "catalogCode");
    Objects.requireNonNull(reasonId, "reasonId");
    Objects.requireNonNull(reasonEn, "reasonEn");
  }
}
