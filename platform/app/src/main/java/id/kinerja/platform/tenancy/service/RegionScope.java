package id.kinerja.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The one way to say which region a piece of work is for. The tenant filter runs every HTTP request
 * in it; background work (start-up, timers, event observers) runs its per-region steps in it. Where
 * no request context is active (a timer, a thread of our own), one is opened for the work and
 * closed after it, so {@link CurrentRegion} and everything request-scoped is fresh for each task.
 */
@ApplicationScoped
public class RegionScope {

  @Inject CurrentRegion current;

  /** Runs {@code work} for region {@code code}, restoring the previous region afterwards. */
  @ActivateRequestContext
  public <T> T call(String code, Supplier<T> work) {
    String previous = current.swap(code);
    try {
      return work.get();
    } finally {
      current.swap(previous);
    }
  }

  /** Runs {@code work} for region {@code code}. */
  @ActivateRequestContext
  public void run(String code, Runnable work) {
    String previous = current.swap(code);
    try {
      work.run();
    } finally {
      current.swap(previous);
    }
  }
}
