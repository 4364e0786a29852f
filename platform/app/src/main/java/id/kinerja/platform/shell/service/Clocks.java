package id.kinerja.platform.shell.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The platform's one source of "now": services inject {@link Clock} instead of calling {@code
 * now()} without one, so tests can fix or move time instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

  /** The system clock, in UTC; regions' own time zones are applied where dates are shown. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
