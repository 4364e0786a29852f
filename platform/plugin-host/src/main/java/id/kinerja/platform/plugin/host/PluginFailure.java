package id.kinerja.platform.plugin.host;

import java.util.Objects;

/**
 * Why one call into a plugin for one region gave no result. The platform shows it to operators and
 * to that region's admin, and goes on without the plugin's answer.
 *
 * @param pluginId the plugin called
 * @param factoryClass the class name of the factory whose provider was called
 * @param region the code of the region the call was made for
 * @param call what was called, for example {@code compute(patient-wait-time)}
 * @param kind whether the plugin threw, did not answer in time, or could not be called
 * @param reason what happened, in English, for example the exception and its message
 */
public record PluginFailure(
    String pluginId, String factoryClass, String region, String call, Kind kind, String reason) {

  /** How a call into a plugin failed. */
  public enum Kind {
    /** The plugin threw an exception or an error. */
    THREW,
    /** The plugin did not answer within the time limit. */
    TIMED_OUT,
    /** The calling thread was interrupted while it waited for the plugin. */
    INTERRUPTED,
    /**
     * The plugin was not called: all plugin threads were taken, for example by plugins that hang
     * and ignore interrupts, or the platform was shutting down.
     */
    BUSY
  }

  /** Checks the components. */
  public PluginFailure {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(factoryClass, "factoryClass");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for logs and operators: which plugin failed, for which region and call, and why. */
  public String message() {
    return "Plugin '"
        + pluginId
        + "' ("
        + factoryClass
        + ") failed for region '"
        + region
        + "' in "
        + call
        + ": "
        + reason;
  }
}
