package id.kinerja.platform.development.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.development.domain.CatalogActivity;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The current region's catalog of development activities. Everyone reads it; only the region's
 * admin (the acting person) adds, changes and removes entries, naming the version last seen; every
 * change is audited.
 */
@ApplicationScoped
@Transactional
public class TrainingCatalog {

  /** The audit trail's name for a catalog entry. */
  public static final String AUDIT_ENTITY = "training_catalog_entry";

  private static final Logger LOG = Logger.getLogger(TrainingCatalog.class.getName());

  @Inject Actor actor;
  @Inject CatalogActivities activities;
  @Inject AuditTrail audit;

  /** The region's catalog, by code. */
  public List<CatalogEntryView> entries() {
    return activities.all().stream().map(CatalogEntryView::of).toList();
  }

  /**
   * Adds an entry.
   *
   * @throws RuleViolation FORBIDDEN for a non-admin, INVALID for unacceptable values, CONFLICT if
   *     the code is taken
   */
  public CatalogEntryView add(CatalogEntryInput input) {
    requireAdmin();
    CatalogEntryInput clean = validate(input);
    requireFreeCode(clean.code(), null);
    CatalogActivity activity =
        new CatalogActivity(clean.code(), clean.titleId(), clean.titleEn(), clean.kind());
    activities.store(activity);
    CatalogEntryView after = CatalogEntryView.of(activity);
    audit.record(AUDIT_ENTITY, String.valueOf(activity.getId()), "add", null, after);
    LOG.fine(() -> actor.nip() + " added " + clean.code() + " to the training catalog");
    return after;
  }

  /**
   * Changes an entry's code, titles and kind.
   *
   * @throws RuleViolation FORBIDDEN for a non-admin, NOT_FOUND for an entry not in the region,
   *     CONFLICT if it changed since {@code version} or the new code is taken, INVALID for
   *     unacceptable values
   */
  public CatalogEntryView change(long id, long version, CatalogEntryInput input) {
    requireAdmin();
    CatalogActivity activity = find(id, version);
    CatalogEntryInput clean = validate(input);
    requireFreeCode(clean.code(), activity.getId());
    CatalogEntryView before = CatalogEntryView.of(activity);
    activity.setCode(clean.code());
    activity.describe(clean.titleId(), clean.titleEn(), clean.kind());
    activities.flush();
    CatalogEntryView after = CatalogEntryView.of(activity);
    audit.record(AUDIT_ENTITY, String.valueOf(id), "change", before, after);
    return after;
  }

  /**
   * Removes an entry: the training rules no longer recommend it.
   *
   * @throws RuleViolation FORBIDDEN for a non-admin, NOT_FOUND for an entry not in the region,
   *     CONFLICT if it changed since {@code version}
   */
  public void remove(long id, long version) {
    requireAdmin();
    CatalogActivity activity = find(id, version);
    CatalogEntryView before = CatalogEntryView.of(activity);
    activities.remove(activity);
    audit.record(AUDIT_ENTITY, String.valueOf(id), "remove", before, null);
  }

  /**
   * Fills an empty catalog with the region's shipped entries; a catalog with entries (perhaps the
   * admin's) is kept as it is. Entries that are not acceptable are skipped and logged.
   *
   * @return how many entries were added
   */
  public int seedIfEmpty(List<CatalogEntryInput> shipped) {
    if (!activities.isEmpty()) {
      return 0;
    }
    int added = 0;
    for (CatalogEntryInput input : shipped) {
      try {
        CatalogEntryInput clean = validate(input);
        requireFreeCode(clean.code(), null);
        activities.store(
            new CatalogActivity(clean.code(), clean.titleId(), clean.titleEn(), clean.kind()));
        added++;
      } catch (RuleViolation e) {
        LOG.warning(() -> "Training catalog entry " + input + " skipped: " + e.messageEn());
      }
    }
    return added;
  }

  private CatalogActivity find(long id, long version) {
    CatalogActivity activity = activities.find(id);
    if (activity.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
    return activity;
  }

  private void requireFreeCode(String code, Long except) {
    boolean taken = activities.withCode(code).filter(a -> !a.getId().equals(except)).isPresent();
    if (taken) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Kode " + code + " sudah dipakai di katalog.",
          "The code " + code + " is already in the catalog.");
    }
  }

  /** The input trimmed, or the bilingual refusal naming what is wrong. */
  static CatalogEntryInput validate(CatalogEntryInput input) {
    if (input == null) {
      throw invalid("Isian katalog kosong.", "The catalog entry is empty.");
    }
    String code = input.code() == null ? "" : input.code().strip();
    if (!CatalogActivity.CODE.matcher(code).matches()) {
      throw invalid(
          "Kode hanya boleh berisi huruf, angka, '.', '_' dan '-' (paling banyak 40 karakter).",
          "The code may hold letters, digits, '.', '_' and '-' only (at most 40 characters).");
    }
    String titleId = input.titleId() == null ? "" : input.titleId().strip();
    String titleEn = input.titleEn() == null ? "" : input.titleEn().strip();
    if (titleId.isEmpty() || titleEn.isEmpty()) {
      throw invalid(
          "Judul dalam Bahasa Indonesia dan Bahasa Inggris wajib diisi.",
          "The title in Indonesian and in English are required.");
    }
    if (titleId.length() > CatalogActivity.MAX_TITLE
        || titleEn.length() > CatalogActivity.MAX_TITLE) {
      throw invalid(
          "Judul paling banyak " + CatalogActivity.MAX_TITLE + " karakter.",
          "A title takes at most " + CatalogActivity.MAX_TITLE + " characters.");
    }
    if (input.kind() == null) {
      throw invalid("Jenis kegiatan wajib dipilih.", "The kind of activity is required.");
    }
    return new CatalogEntryInput(code, titleId, titleEn, input.kind());
  }

  private void requireAdmin() {
    if (!actor.isAdmin()) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya admin wilayah yang dapat mengubah katalog pelatihan.",
          "Only the region's admin may change the training catalog.");
    }
  }

  private static RuleViolation invalid(String messageId, String messageEn) {
    return new RuleViolation(RuleViolation.Kind.INVALID, messageId, messageEn);
  }
}
