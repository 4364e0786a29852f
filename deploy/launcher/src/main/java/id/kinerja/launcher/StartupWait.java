package id.kinerja.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Waits for a starting server on progress instead of a fixed budget: as long as the server writes
 * to its log, changes its answer or works (uses CPU), the wait goes on, up to a generous overall
 * bound; it gives up early only when the server stops, stalls (no progress for {@link #stall}) or
 * gives a definite wrong answer. Giving up names what it waited for, how long, the last progress
 * and the machine's load, with the log's last lines: on 2 busy cores a slow start is expected, and
 * the report says why.
 *
 * <p>A probe tells each poll what the server answers ({@link Probe.Answer}); this class keeps the
 * clock and the bookkeeping.
 */
final class StartupWait {

  /** How long a start may go without any sign of progress (default for every server). */
  static final Duration DEFAULT_STALL = Duration.ofMinutes(2);

  /** CPU use (of one core) that counts as working, though the log is silent. */
  private static final double WORKING_CPU_SHARE = 0.2;

  private static final long POLL_MILLIS = 500;

  /** What the server answers at one poll. */
  @FunctionalInterface
  interface Probe {

    /**
     * @param ready true when the server is ready
     * @param state what the wait is at, for progress and messages (for example "GET /health/ready
     *     answers 503"); a change counts as progress
     * @param failure non-null when the answer is definite and wrong: stop waiting at once
     */
    record Answer(boolean ready, String state, String failure) {
      static Answer isReady() {
        return new Answer(true, "ready", null);
      }

      static Answer waiting(String state) {
        return new Answer(false, state, null);
      }

      static Answer failed(String state, String why) {
        return new Answer(false, state, why);
      }
    }

    Answer poll();
  }

  private final String what;
  private final Process process;
  private final Path log;
  private final Duration overall;
  private final Duration stall;
  private final LongSupplier nanoTime;
  private final long pollMillis;

  /**
   * @param what the server, for messages
   * @param process its process: its end stops the wait at once
   * @param log its log, whose growth counts as progress and whose tail is quoted
   * @param overall the longest the whole start may take, progress or not
   * @param stall the longest it may go without progress
   */
  StartupWait(String what, Process process, Path log, Duration overall, Duration stall) {
    this(what, process, log, overall, stall, System::nanoTime, POLL_MILLIS);
  }

  StartupWait(
      String what,
      Process process,
      Path log,
      Duration overall,
      Duration stall,
      LongSupplier nanoTime,
      long pollMillis) {
    this.what = what;
    this.process = process;
    this.log = log;
    this.overall = overall;
    this.stall = stall.compareTo(overall) < 0 ? stall : overall;
    this.nanoTime = nanoTime;
    this.pollMillis = pollMillis;
  }

  /**
   * Polls twice a second until the probe answers ready.
   *
   * @throws IllegalStateException when the process ends, the probe fails, the start stalls or the
   *     overall bound passes; the message says why and quotes the log
   */
  void await(Probe probe) {
    long start = nanoTime.getAsLong();
    Progress progress = new Progress(start);
    while (true) {
      Probe.Answer answer = probe.poll();
      if (answer.ready()) {
        return;
      }
      long now = nanoTime.getAsLong();
      if (!process.isAlive()) {
        throw new IllegalStateException(
            what
                + " stopped while starting (exit code "
                + process.exitValue()
                + ") after "
                + seconds(now - start)
                + ", "
                + answer.state()
                + ". See "
                + log
                + ":\n"
                + Processes.tail(log, 30));
      }
      if (answer.failure() != null) {
        throw new IllegalStateException(what + " " + answer.failure() + report(start, now, answer));
      }
      progress.observe(now, logSize(), answer.state(), cpuNanos());
      if (now - start > overall.toNanos()) {
        throw new IllegalStateException(
            what
                + " was not ready within the overall bound of "
                + seconds(overall.toNanos())
                + ", though it made progress"
                + report(start, now, answer)
                + progress.describe(now));
      }
      if (now - progress.lastAt > stall.toNanos()) {
        throw new IllegalStateException(
            what
                + " made no progress for "
                + seconds(now - progress.lastAt)
                + " (log unchanged, same answer, CPU idle)"
                + report(start, now, answer)
                + progress.describe(now));
      }
      Processes.sleep(pollMillis);
    }
  }

  private String report(long start, long now, Probe.Answer answer) {
    return ": after "
        + seconds(now - start)
        + " it was waiting for "
        + answer.state()
        + "; "
        + load()
        + ". See "
        + log
        + ", last lines:\n"
        + Processes.tail(log, 30)
        + "\n";
  }

  /** The last progress and what made it. */
  private static final class Progress {
    private long lastAt;
    private String lastKind = "start";
    private long logSize = -1;
    private String state;
    private long cpu = -1;
    private long cpuAt;

    Progress(long start) {
      this.lastAt = start;
      this.cpuAt = start;
    }

    void observe(long now, long size, String newState, long cpuNanos) {
      if (size != logSize) {
        if (logSize >= 0) {
          mark(now, "log grew to " + size + " bytes");
        }
        logSize = size;
      }
      if (!newState.equals(state)) {
        if (state != null) {
          mark(now, "answer changed to " + newState);
        }
        state = newState;
      }
      if (cpuNanos >= 0) {
        if (cpu < 0) {
          cpu = cpuNanos;
          cpuAt = now;
        } else if (now - cpuAt >= Duration.ofSeconds(10).toNanos()) {
          double share = (double) (cpuNanos - cpu) / (now - cpuAt);
          if (share >= WORKING_CPU_SHARE) {
            mark(now, String.format(Locale.ROOT, "busy (%.0f%% of a core)", share * 100));
          }
          cpu = cpuNanos;
          cpuAt = now;
        }
      }
    }

    private void mark(long now, String kind) {
      lastAt = now;
      lastKind = kind;
    }

    String describe(long now) {
      return "Last progress " + seconds(now - lastAt) + " before giving up: " + lastKind + ".";
    }
  }

  private long logSize() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The CPU time the server's process tree used so far, or -1 where the system does not say. */
  private long cpuNanos() {
    ProcessHandle root = process.toHandle();
    long[] total = {0};
    boolean[] known = {false};
    Stream.concat(Stream.of(root), root.descendants())
        .forEach(
            p ->
                p.info()
                    .totalCpuDuration()
                    .ifPresent(
                        d -> {
                          total[0] += d.toNanos();
                          known[0] = true;
                        }));
    return known[0] ? total[0] : -1;
  }

  /** The machine's load, where /proc tells it: why a start may be slow. */
  static String load() {
    int cores = Runtime.getRuntime().availableProcessors();
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return "load average " + fields[0] + " on " + cores + " cores";
    } catch (IOException | RuntimeException e) {
      return cores + " cores";
    }
  }

  static String seconds(long nanos) {
    return Duration.ofNanos(nanos).toSeconds() + " s";
  }
}
