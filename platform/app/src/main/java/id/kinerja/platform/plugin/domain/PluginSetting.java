package id.kinerja.platform.plugin.domain;

import id.kinerja.platform.shared.domain.RegionRecord;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Whether a region uses a plugin, and the region's configuration of it (JSON, by property name).
 * Seeded from tenant.yaml; enabling a plugin is this row, not a class-loader operation.
 */
@Entity
@Table(name = "plugin_setting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "tenant.id")
public class PluginSetting extends RegionRecord {

  @Column(name = "plugin_id", nullable = false)
  private String pluginId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private String config;

  protected PluginSetting() {}

  public PluginSetting(String pluginId, boolean enabled, String config) {
    this.pluginId = pluginId;
    this.enabled = enabled;
    this.config = config;
  }

  /**
   * The rule for changing a region's plugin settings: only the region's admin may, whatever the
   * setting holds. Checked before the setting is read.
   *
   * @param actorIsRegionAdmin whether the person acting is the region's admin
   * @throws RuleViolation FORBIDDEN for anyone else
   */
  public static void checkChangeableBy(boolean actorIsRegionAdmin) {
    if (!actorIsRegionAdmin) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya admin wilayah yang dapat mengatur plugin.",
          "Only the region's admin may configure plugins.");
    }
  }

  /** Sets whether the region uses the plugin and its configuration (JSON, by property name). */
  public void change(boolean enabled, String config) {
    this.enabled = enabled;
    this.config = config;
  }

  public String getPluginId() {
    return pluginId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The configuration as a JSON object of strings. */
  public String getConfig() {
    return config;
  }
}
