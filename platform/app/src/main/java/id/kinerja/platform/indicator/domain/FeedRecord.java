package id.kinerja.platform.indicator.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RegionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One record of a region's data feed for an indicator plugin (a complaint ticket, a document, a
 * patient visit, a student's score), attributed to the employee whose work it measures. A record is
 * identified by its plugin and its id in the source, so a feed can be sent again.
 */
@Entity
@Table(name = "indicator_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class FeedRecord extends RegionRecord {

  @Column(name = "plugin_id", nullable = false)
  private String pluginId;

  @Column(name = "source_id", nullable = false)
  private String sourceId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @Column(name = "opened_at", nullable = false)
  private OffsetDateTime openedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "value")
  private BigDecimal value;

  /** The attributes as a JSON object of strings. */
  @Column(nullable = false)
  private String attributes;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected FeedRecord() {}

  /** A new record of a plugin's feed with the source's id. */
  public FeedRecord(String pluginId, String sourceId) {
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
  }

  /**
   * Takes the values the feed sent for this record, replacing those of an earlier sending.
   *
   * @throws IllegalArgumentException if the record closes before it opens
   */
  public void receive(
      Employee employee,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      BigDecimal value,
      String attributes,
      OffsetDateTime receivedAt) {
    if (closedAt != null && closedAt.isBefore(openedAt)) {
      throw new IllegalArgumentException("record " + sourceId + " closes before it opens");
    }
    this.employee = Objects.requireNonNull(employee, "employee");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.closedAt = closedAt;
    this.value = value;
    this.attributes = Objects.requireNonNull(attributes, "attributes");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getSourceId() {
    return sourceId;
  }

  public Employee getEmployee() {
    return employee;
  }

  public OffsetDateTime getOpenedAt() {
    return openedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public BigDecimal getValue() {
    return value;
  }

  /** The attributes as a JSON object of strings. */
  public String getAttributes() {
    return attributes;
  }

  public OffsetDateTime getReceivedAt() {
    return receivedAt;
  }
}
