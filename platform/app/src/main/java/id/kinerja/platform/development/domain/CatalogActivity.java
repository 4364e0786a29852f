package id.kinerja.platform.development.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One development activity of the region's training catalog: a code unique in the region (the
 * training rules name activities by it), its title in Bahasa Indonesia and English, and its kind.
 */
@Entity
@Table(name = "training_catalog_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class CatalogActivity extends RegionRecord {

  /** A code: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 40. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  /** The longest title in either language. */
  public static final int MAX_TITLE = 200;

  @Column(nullable = false)
  private String code;

  @Column(name = "title_id", nullable = false)
  private String titleId;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityKind kind;

  protected CatalogActivity() {}

  /** A new entry; the caller has checked the values. */
  public CatalogActivity(String code, String titleId, String titleEn, ActivityKind kind) {
    this.code = code;
    describe(titleId, titleEn, kind);
  }

  public String getCode() {
    return code;
  }

  public String getTitleId() {
    return titleId;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public ActivityKind getKind() {
    return kind;
  }

  /** Renames the entry: a new code. */
  public void setCode(String code) {
    this.code = code;
  }

  /** Changes the titles and the kind. */
  public void describe(String titleId, String titleEn, ActivityKind kind) {
    this.titleId = titleId;
    this.titleEn = titleEn;
    this.kind = kind;
  }
}
