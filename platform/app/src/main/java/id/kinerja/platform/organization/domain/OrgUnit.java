package id.kinerja.platform.organization.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A unit kerja of a region: the region itself at the root, then its offices and their parts. */
@Entity
@Table(name = "org_unit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class OrgUnit extends RegionRecord {

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, OrgUnit parent) {
    this.code = code;
    this.name = name;
    this.parent = parent;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgUnit getParent() {
    return parent;
  }

  /** Renames the unit. */
  public void setName(String name) {
    this.name = name;
  }
}
