package id.kinerja.platform.plugin.host;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the host found in one plugin jar, and whether it runs.
 *
 * @param id the {@code Plugin-Id} from the jar's manifest, or {@code null} if it gives none
 * @param version the {@code Plugin-Version}, or {@code null}
 * @param description the {@code Plugin-Description}, or {@code null}
 * @param provider the {@code Plugin-Provider}, or {@code null}
 * @param requires the {@code Plugin-Requires} range of plugin API versions, or {@code null}
 * @param jar the plugin's jar file
 * @param state whether the plugin runs
 * @param reason why the plugin does not run, in English; {@code null} when it is {@link
 *     State#STARTED}
 */
public record PluginInfo(
    String id,
    String version,
    String description,
    String provider,
    String requires,
    Path jar,
    State state,
    String reason) {

  /** Whether a plugin runs. */
  public enum State {
    /** The plugin runs and its factories are offered to the platform. */
    STARTED,
    /**
     * The host would not run the plugin: it is incompatible with the platform's plugin API, or its
     * jar is not a valid plugin (manifest entries missing, an id used by another jar).
     */
    REFUSED,
    /** The plugin's own code failed: it could not be started or a factory not instantiated. */
    FAILED
  }

  /** Checks the components. */
  public PluginInfo {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(state, "state");
    if ((state == State.STARTED) != (reason == null)) {
      throw new IllegalArgumentException("a reason is given exactly when the plugin does not run");
    }
  }

  /** Whether the plugin runs. */
  public boolean started() {
    return state == State.STARTED;
  }
}
