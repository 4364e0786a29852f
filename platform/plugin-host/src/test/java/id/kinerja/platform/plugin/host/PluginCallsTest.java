package id.kinerja.platform.plugin.host;

import static id.kinerja.platform.plugin.host.PluginJar.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.IndicatorRealisation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCallsTest {

  private static final IndicatorData MARCH =
      new IndicatorData(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(), List.of());

  @TempDir Path plugins;

  private PluginHost host;
  private final PluginCalls calls = new PluginCalls(Duration.ofMillis(300));

  @AfterEach
  void close() {
    calls.close();
    if (host != null) {
      host.close();
    }
  }

  @Test
  void aProviderThatThrowsIsMarkedFailedForThatRegionAndCallWithTheExceptionAsReason() {
    LoadedFactory<IndicatorProviderFactory> thrower =
        loadOne("thrower", "throw new IllegalStateException(\"feed is malformed\");");

    PluginCallResult<Optional<IndicatorRealisation>> result = compute(thrower, "kupang");

    assertNull(result.value());
    PluginFailure failure = result.failed().orElseThrow();
    assertEquals(PluginFailure.Kind.THREW, failure.kind());
    assertEquals("thrower", failure.pluginId());
    assertEquals("kupang", failure.region());
    assertEquals("compute(count)", failure.call());
    assertEquals("IllegalStateException: feed is malformed", failure.reason());
    assertEquals(
        "Plugin 'thrower' (com.acme.thrower.F) failed for region 'kupang' in compute(count):"
            + " IllegalStateException: feed is malformed",
        failure.message());
  }

  @Test
  void anErrorThrownByAPluginIsContainedToo() {
    LoadedFactory<IndicatorProviderFactory> broken =
        loadOne("broken", "throw new StackOverflowError();");

    PluginFailure failure = compute(broken, "bungo").failed().orElseThrow();

    assertEquals(PluginFailure.Kind.THREW, failure.kind());
    assertEquals("java.lang.StackOverflowError", failure.reason());
  }

  @Test
  void aProviderThatHangsTimesOutAndTheCallerGoesOnWithinTheTimeLimit() {
    writePlugin("hanger", hang(), "a-hanger.jar");
    writePlugin("good", answer(), "b-good.jar");
    host = PluginHost.load(plugins);
    List<LoadedFactory<IndicatorProviderFactory>> factories = host.indicatorFactories();

    long started = System.nanoTime();
    PluginCallResult<Optional<IndicatorRealisation>> hung = compute(factories.get(0), "lampung");
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    PluginCallResult<Optional<IndicatorRealisation>> good = compute(factories.get(1), "lampung");

    PluginFailure failure = hung.failed().orElseThrow();
    assertEquals(PluginFailure.Kind.TIMED_OUT, failure.kind());
    assertEquals("hanger", failure.pluginId());
    assertEquals("no answer within 300 ms", failure.reason());
    assertTrue(waited.compareTo(Duration.ofSeconds(2)) < 0, "waited " + waited);
    assertTrue(good.succeeded());
    assertEquals(42, good.value().orElseThrow().basedOn());
  }

  @Test
  void aPluginRunsWithItsOwnClassLoaderAsTheContextClassLoader() {
    LoadedFactory<IndicatorProviderFactory> good = loadOne("good", answer());

    PluginCallResult<ClassLoader> result =
        calls.call(
            good,
            "kupang",
            "contextClassLoader",
            () -> Thread.currentThread().getContextClassLoader());

    assertSame(good.factory().getClass().getClassLoader(), result.value());
  }

  @Test
  void hungPluginsThatIgnoreInterruptsCannotExhaustThePlatformNewCallsFailFastAsBusy()
      throws InterruptedException {
    LoadedFactory<IndicatorProviderFactory> good = loadOne("good", answer());
    CountDownLatch release = new CountDownLatch(1);
    try (PluginCalls bounded = new PluginCalls(Duration.ofMillis(100), 2)) {
      for (int i = 0; i < 2; i++) {
        PluginCallResult<Object> hung =
            bounded.call(good, "lampung", "hang", () -> awaitIgnoringInterrupts(release));
        assertEquals(PluginFailure.Kind.TIMED_OUT, hung.failed().orElseThrow().kind());
      }

      long started = System.nanoTime();
      PluginCallResult<String> refused = bounded.call(good, "lampung", "compute(count)", () -> "x");
      Duration waited = Duration.ofNanos(System.nanoTime() - started);

      PluginFailure failure = refused.failed().orElseThrow();
      assertEquals(PluginFailure.Kind.BUSY, failure.kind());
      assertTrue(
          failure.reason().startsWith("busy: all 2 plugin threads are taken"), failure.reason());
      assertTrue(waited.compareTo(Duration.ofMillis(100)) < 0, "waited " + waited);

      release.countDown();
      assertTrue(succeedsSoon(bounded, good), "calls work again once the hung threads are free");
    }
  }

  @Test
  void aCallAfterCloseFailsAsBusyInsteadOfThrowing() {
    LoadedFactory<IndicatorProviderFactory> good = loadOne("good", answer());
    calls.close();

    PluginFailure failure = calls.call(good, "kupang", "x", () -> "x").failed().orElseThrow();

    assertEquals(PluginFailure.Kind.BUSY, failure.kind());
    assertTrue(failure.reason().contains("shutting down"), failure.reason());
  }

  @Test
  void theDefaultTimeLimitIsTwoSecondsAndLimitsMustBePositive() {
    try (PluginCalls defaults = new PluginCalls()) {
      assertEquals(Duration.ofSeconds(2), defaults.timeout());
      assertEquals(PluginCalls.DEFAULT_MAX_THREADS, defaults.maxThreads());
    }
    assertThrows(IllegalArgumentException.class, () -> new PluginCalls(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new PluginCalls(Duration.ofSeconds(1), 0));
  }

  /** What a buggy plugin does: waits and swallows the interrupt of its time limit. */
  private static Object awaitIgnoringInterrupts(CountDownLatch release) {
    while (true) {
      try {
        release.await();
        return "released";
      } catch (InterruptedException ignored) {
        // a buggy plugin goes on waiting
      }
    }
  }

  /** A worker thread comes free just after its task returns: retry for a short while. */
  private static boolean succeedsSoon(PluginCalls bounded, LoadedFactory<?> source)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (bounded.call(source, "lampung", "compute(count)", () -> "x").succeeded()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private PluginCallResult<Optional<IndicatorRealisation>> compute(
      LoadedFactory<IndicatorProviderFactory> loaded, String region) {
    return calls.call(
        loaded,
        region,
        "compute(count)",
        () -> loaded.factory().create(Map.of()).compute("count", MARCH));
  }

  private LoadedFactory<IndicatorProviderFactory> loadOne(String id, String computeBody) {
    writePlugin(id, computeBody, id + ".jar");
    host = PluginHost.load(plugins);
    return host.indicatorFactories().get(0);
  }

  /** A plugin with one indicator factory whose provider computes with the given body. */
  private void writePlugin(String id, String computeBody, String jarName) {
    String className = "com.acme." + id + ".F";
    plugin(id)
        .source(className, factory(className, computeBody))
        .service(IndicatorProviderFactory.class, className)
        .writeTo(plugins, jarName);
  }

  /** A plugin's loop that ignores interrupts, as a buggy plugin would. */
  private static String hang() {
    return "while (true) { Thread.onSpinWait(); }";
  }

  private static String answer() {
    return "return Optional.of(new IndicatorRealisation(code, null, 42, null,"
        + " IndicatorRealisation.Trend.UNKNOWN, null, null));";
  }

  private static String factory(String className, String computeBody) {
    int lastDot = className.lastIndexOf('.');
    return """
        package %PACKAGE%;

        import id.kinerja.plugin.api.IndicatorData;
        import id.kinerja.plugin.api.IndicatorDefinition;
        import id.kinerja.plugin.api.IndicatorProvider;
        import id.kinerja.plugin.api.IndicatorProviderFactory;
        import id.kinerja.plugin.api.IndicatorRealisation;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
import java.util.concurrent.CountDownLatch;

        public final class %NAME% implements IndicatorProviderFactory {
          public String id() { return "f"; }
          public String nameId() { return "F"; }
          public String nameEn() { return "F"; }
          public IndicatorProvider create(Map<String, String> config) {
            return new IndicatorProvider() {
              public List<IndicatorDefinition> definitions() { return List.of(); }
              public Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
                %BODY%
              }
            };
          }
        }
        """
        .replace("%PACKAGE%", className.substring(0, lastDot))
        .replace("%NAME%", className.substring(lastDot + 1))
        .replace("%BODY%", computeBody);
  }
}
