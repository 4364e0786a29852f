package id.kinerja.plugin.api;

import java.util.Objects;

/**
 * A development activity recommended to an employee, with the reason shown in the performance
 * dialogue and the development plan.
 *
 * @param catalogCode the {@link TrainingCatalogEntry#code() code} of an entry of the region's
 *     catalog
 * @param reason why the activity is recommended
 * @since 1.1.0
 */
public record TrainingRecommendation(String catalogCode, LocalizedText reason) {

  /**
   * Checks the components.
   *
   * @since 1.2.0
   */
  public TrainingRecommendation {
    Objects.requireNonNull(catalogCode, "catalogCode");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A recommendation as in API 1.1.
   *
   * @param reasonId why, in Bahasa Indonesia (not an identifier)
   * @param reasonEn why, in English
   * @deprecated since 1.2.0: use the canonical constructor with a {@link LocalizedText}
   */
  @Deprecated
  public TrainingRecommendation(String catalogCode, String reasonId, String reasonEn) {
    this(catalogCode, LocalizedText.of(reasonId, reasonEn));
  }

  /**
   * The reason in Bahasa Indonesia.
   *
   * @deprecated since 1.2.0: use {@link #reason()}
   */
  @Deprecated
  public String reasonId() {
    return reason.indonesian();
  }

  /**
   * The reason in English.
   *
   * @deprecated since 1.2.0: use {@link #reason()}
   */
  @Deprecated
  public String reasonEn() {
    return reason.english();
  }
}
