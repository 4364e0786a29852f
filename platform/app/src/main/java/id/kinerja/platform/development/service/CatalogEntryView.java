package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.domain.CatalogActivity;
import java.util.Locale;

/**
 * An entry of the region's training catalog as views, the API and the audit trail show it.
 *
 * @param id the entry
 * @param code the region's code of the activity
 * @param titleId the title in Bahasa Indonesia
 * @param titleEn the title in English
 * @param kind training, coaching, mentoring or on-the-job
 * @param version the optimistic-locking version to send back with a change
 */
public record CatalogEntryView(
    long id, String code, String titleId, String titleEn, ActivityKind kind, long version) {

  /** The title in the language of {@code locale}: English for English, Indonesian otherwise. */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleId;
  }

  static CatalogEntryView of(CatalogActivity a) {
    return new CatalogEntryView(
        a.getId(), a.getCode(), a.getTitleId(), a.getTitleEn(), a.getKind(), a.getVersion());
  }
}
