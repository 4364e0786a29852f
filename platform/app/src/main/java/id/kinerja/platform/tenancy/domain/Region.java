package id.kinerja.platform.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A regional government served by the platform, as stored: the row every tenant-owned row refers
 * to. Its definition lives in tenants-config; this row mirrors it.
 */
@Entity
@Table(name = "tenant")
public class Region {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String kind;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "evaluation_period", nullable = false)
  private String evaluationPeriod;

  protected Region() {}

  public Region(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  /** Updates the mirrored definition. */
  public void describe(String name, String kind, String timeZone, String evaluationPeriod) {
    this.name = name;
    this.kind = kind;
    this.timeZone = timeZone;
    this.evaluationPeriod = evaluationPeriod;
  }
}
