package id.kinerja.platform.plugin.host;

import java.util.Optional;

/**
 * The outcome of one contained call into a plugin: its value, or the failure that took its place.
 *
 * @param value what the plugin returned; {@code null} when the call failed (or the plugin returned
 *     {@code null})
 * @param failure why the call failed, or {@code null} when it succeeded
 * @param <T> the type of the value
 */
public record PluginCallResult<T>(T value, PluginFailure failure) {

  /** A call that failed has no value. */
  public PluginCallResult {
    if (failure != null && value != null) {
      throw new IllegalArgumentException("a failed call has no value");
    }
  }

  /** Whether the plugin answered in time without throwing. */
  public boolean succeeded() {
    return failure == null;
  }

  /** The failure, or empty when the call succeeded. */
  public Optional<PluginFailure> failed() {
    return Optional.ofNullable(failure);
  }
}
