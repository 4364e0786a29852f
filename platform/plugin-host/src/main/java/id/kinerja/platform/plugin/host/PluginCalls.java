package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.ExtensionFactory;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Contains calls into plugins: each runs on a thread of its own with a time limit, and an
 * exception, an error or a hang becomes a {@link PluginFailure} in the result instead of reaching
 * the caller. The platform goes on with the other plugins and marks the one that failed for that
 * region and call.
 *
 * <p>While a plugin runs, its own class loader is the thread's context class loader. A call that
 * times out is interrupted; a plugin that ignores the interrupt keeps its (daemon) thread busy but
 * never the caller. The plugin threads are bounded: when all of them are taken (by plugins that
 * hang and ignore interrupts, or by a burst of calls), a new call fails at once as {@link
 * PluginFailure.Kind#BUSY} instead of waiting or starting yet another thread, so hung plugins
 * cannot exhaust the platform. Calls work again as soon as threads come free. Safe for use by many
 * threads; {@linkplain #close() close} it at shutdown.
 */
public final class PluginCalls implements AutoCloseable {

  /** The time limit of one call unless another is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  /** How many plugin calls may run at once unless another bound is configured. */
  public static final int DEFAULT_MAX_THREADS = 32;

  private static final long IDLE_THREAD_SECONDS = 60;

  private static final System.Logger LOG = System.getLogger(PluginCalls.class.getName());
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Duration timeout;
  private final int maxThreads;
  private final ThreadPoolExecutor executor;

  /** Calls with the {@link #DEFAULT_TIMEOUT} on at most {@link #DEFAULT_MAX_THREADS} threads. */
  public PluginCalls() {
    this(DEFAULT_TIMEOUT);
  }

  /**
   * @param timeout how long one call may take, more than zero
   */
  public PluginCalls(Duration timeout) {
    this(timeout, DEFAULT_MAX_THREADS);
  }

  /**
   * @param timeout how long one call may take, more than zero
   * @param maxThreads how many calls may run at once, at least one; a call beyond that fails at
   *     once as {@link PluginFailure.Kind#BUSY}
   */
  public PluginCalls(Duration timeout, int maxThreads) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("a plugin call needs a positive time limit");
    }
    if (maxThreads < 1) {
      throw new IllegalArgumentException("plugin calls need at least one thread");
    }
    this.timeout = timeout;
    this.maxThreads = maxThreads;
    // No queue: a call either gets a thread now or is refused, it never waits behind hung ones.
    this.executor =
        new ThreadPoolExecutor(
            0,
            maxThreads,
            IDLE_THREAD_SECONDS,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "plugin-call-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** How long one call may take. */
  public Duration timeout() {
    return timeout;
  }

  /** How many calls may run at once. */
  public int maxThreads() {
    return maxThreads;
  }

  /**
   * Calls into a plugin for one region, within the time limit.
   *
   * @param source the factory whose plugin is called (its provider, or the factory itself)
   * @param region the code of the region the call is for
   * @param call what is called, for the failure's message, for example {@code
   *     compute(patient-wait-time)}
   * @param work the call, for example {@code () -> provider.compute(code, data)}
   * @return the plugin's value, or the failure; never throws for what the plugin does
   */
  public <T> PluginCallResult<T> call(
      LoadedFactory<?> source, String region, String call, Callable<T> work) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(work, "work");
    ExtensionFactory<?> factory = source.factory();
    ClassLoader pluginLoader = factory.getClass().getClassLoader();
    Future<T> future;
    try {
      future = executor.submit(() -> inPluginContext(pluginLoader, work));
    } catch (RejectedExecutionException e) {
      return failed(source, region, call, PluginFailure.Kind.BUSY, busyReason());
    }
    try {
      return new PluginCallResult<>(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
    } catch (ExecutionException e) {
      return failed(
          source, region, call, PluginFailure.Kind.THREW, PluginHost.describe(e.getCause()));
    } catch (TimeoutException e) {
      future.cancel(true);
      return failed(
          source,
          region,
          call,
          PluginFailure.Kind.TIMED_OUT,
          "no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return failed(
          source,
          region,
          call,
          PluginFailure.Kind.INTERRUPTED,
          "the platform stopped waiting for the plugin");
    }
  }

  /** Stops accepting calls and interrupts those still running. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  private String busyReason() {
    if (executor.isShutdown()) {
      return "busy: the platform is shutting down and takes no more plugin calls";
    }
    return "busy: all "
        + maxThreads
        + " plugin threads are taken (by plugins still running past their time limit);"
        + " not called";
  }

  private static <T> T inPluginContext(ClassLoader pluginLoader, Callable<T> work)
      throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(pluginLoader);
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static <T> PluginCallResult<T> failed(
      LoadedFactory<?> source, String region, String call, PluginFailure.Kind kind, String reason) {
    // The factory's class, not its id(): no plugin code runs on the caller's thread.
    PluginFailure failure =
        new PluginFailure(
            source.pluginId(), source.factory().getClass().getName(), region, call, kind, reason);
    LOG.log(Level.WARNING, failure.message());
    return new PluginCallResult<>(null, failure);
  }
}
