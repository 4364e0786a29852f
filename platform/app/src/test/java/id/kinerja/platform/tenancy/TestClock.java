package id.kinerja.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's {@link Clock} in an in-container test that moves time instead of sleeping: add
 * this class to the deployment ({@code Deployments.platformWith(FooIT.class, TestClock.class)}) and
 * every service that injects {@code Clock} reads the system time plus what the test moved with
 * {@link #advance}. The offset belongs to the deployment and starts at zero.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

  private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

  /** Replaces the platform's system clock. */
  @Produces
  Clock clock() {
    return new Moved(ZoneOffset.UTC);
  }

  /** Moves the platform's time forward by {@code amount}, for every later reading. */
  public static void advance(Duration amount) {
    OFFSET.accumulateAndGet(amount, Duration::plus);
  }

  /** The system clock moved by the offset at each reading. */
  private static final class Moved extends Clock {
    private final ZoneId zone;

    Moved(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(OFFSET.get());
    }
  }
}
