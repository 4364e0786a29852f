package id.kinerja.platform.tenancy.service;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The region the current thread works for. Set per request by the tenant filter, and explicitly by
 * background work with {@link #callAs}. Data access without a region finds nothing.
 */
public final class TenantContext {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  /** The current region's code, if any. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current region's code; fails if the thread works for no region. */
  public static String require() {
    String code = CURRENT.get();
    if (code == null) {
      throw new IllegalStateException("No region (tenant) is set for this thread");
    }
    return code;
  }

  /** Runs {@code work} for region {@code code}, restoring the previous region afterwards. */
  public static <T> T callAs(String code, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(code);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Runs {@code work} for region {@code code}. */
  public static void runAs(String code, Runnable work) {
    callAs(
        code,
        () -> {
          work.run();
          return null;
        });
  }
}
