package id.kinerja.platform.plugin.service;

import java.util.List;

/**
 * A plugin as the region's admin sees it.
 *
 * @param id the plugin id
 * @param version the installed version, or {@code null} if not installed
 * @param description the plugin's description, or {@code null}
 * @param state the plugin's state in the region
 * @param reason why an installed plugin does not run, or what is wrong with it while it is enabled
 *     (its stored configuration is invalid, or its last call in the region failed); {@code null} if
 *     neither
 * @param indicators the labels of the indicators it offers the region (Indonesian, English)
 */
public record RegionPlugin(
    String id,
    String version,
    String description,
    State state,
    String reason,
    List<String> indicators) {

  /** A plugin's state in a region. */
  public enum State {
    /** Installed, running and enabled for the region. */
    ENABLED,
    /** Installed and running, not enabled for the region. */
    DISABLED,
    /** Installed but refused or failed on the platform. */
    REFUSED,
    /** Enabled in the region's settings but not installed on the platform. */
    MISSING
  }
}
