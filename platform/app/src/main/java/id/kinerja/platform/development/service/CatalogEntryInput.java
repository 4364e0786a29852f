package id.kinerja.platform.development.service;

import id.kinerja.platform.development.domain.ActivityKind;

/**
 * A catalog entry as the admin enters it.
 *
 * @param code the region's code of the activity, unique in the catalog
 * @param titleId the title in Bahasa Indonesia
 * @param titleEn the title in English
 * @param kind training, coaching, mentoring or on-the-job
 */
public record CatalogEntryInput(String code, String titleId, String titleEn, ActivityKind kind) {}
