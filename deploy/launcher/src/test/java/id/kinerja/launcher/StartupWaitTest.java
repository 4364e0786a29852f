package id.kinerja.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.launcher.StartupWait.Probe.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for a starting server on its progress, with a fake clock that moves 20 s a poll. */
class StartupWaitTest {

  private static final Duration OVERALL = Duration.ofMinutes(10);
  private static final Duration STALL = Duration.ofMinutes(2);
  private static final long STEP = Duration.ofSeconds(20).toNanos();

  @TempDir Path dir;
  private Path log;
  private Process idle;
  private final AtomicLong clock = new AtomicLong();

  @BeforeEach
  void idleServer() throws IOException {
    log = dir.resolve("server.log");
    Files.writeString(log, "starting\n");
    idle = new ProcessBuilder("sleep", "600").start();
  }

  @AfterEach
  void stop() {
    idle.destroyForcibly();
  }

  private StartupWait waitFor(Process process) {
    return new StartupWait("Server", process, log, OVERALL, STALL, clock::get, 0);
  }

  /** The probe moves the fake clock: every poll is 20 s later. */
  private StartupWait.Probe probe(java.util.function.IntFunction<Answer> answerAtPoll) {
    AtomicInteger polls = new AtomicInteger();
    return () -> {
      clock.addAndGet(STEP);
      return answerAtPoll.apply(polls.incrementAndGet());
    };
  }

  @Test
  void aServerThatKeepsLoggingIsWaitedForLongerThanTheStallLimit() {
    // 15 polls = 5 minutes, a log line every poll.
    waitFor(idle)
        .await(
            probe(
                poll -> {
                  append("deploying " + poll);
                  return poll < 15 ? Answer.waiting("deployment") : Answer.isReady();
                }));
    assertTrue(clock.get() > STALL.toNanos());
  }

  @Test
  void aChangingAnswerCountsAsProgress() {
    waitFor(idle)
        .await(probe(poll -> poll < 12 ? Answer.waiting("answers " + poll) : Answer.isReady()));
    assertTrue(clock.get() > STALL.toNanos());
  }

  @Test
  void aSilentIdleServerFailsAfterTheStallLimitSayingWhatItWaitedFor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> waitFor(idle).await(probe(poll -> Answer.waiting("GET /health/ready"))));
    assertTrue(e.getMessage().contains("made no progress"), e.getMessage());
    assertTrue(e.getMessage().contains("waiting for GET /health/ready"), e.getMessage());
    assertTrue(e.getMessage().contains("starting"), "quotes the log: " + e.getMessage());
    assertTrue(clock.get() <= STALL.toNanos() + 2 * STEP, "gave up at the stall limit");
  }

  @Test
  void evenAProgressingServerStopsAtTheOverallBound() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                waitFor(idle)
                    .await(
                        probe(
                            poll -> {
                              append("still deploying " + poll);
                              return Answer.waiting("deployment");
                            })));
    assertTrue(e.getMessage().contains("overall bound of 600 s"), e.getMessage());
  }

  @Test
  void aDeadProcessFailsAtOnceWithItsExitCode() throws Exception {
    Process dead = new ProcessBuilder("sh", "-c", "exit 3").start();
    dead.waitFor();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> waitFor(dead).await(probe(poll -> Answer.waiting("deployment"))));
    assertTrue(e.getMessage().contains("exit code 3"), e.getMessage());
    assertEquals(STEP, clock.get(), "one poll");
  }

  @Test
  void aDefiniteFailureStopsTheWaitAtOnce() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                waitFor(idle)
                    .await(probe(poll -> Answer.failed("GET /health/ready", "answered 500"))));
    assertTrue(e.getMessage().startsWith("Server answered 500"), e.getMessage());
    assertEquals(STEP, clock.get(), "one poll");
  }

  private void append(String line) {
    try {
      Files.writeString(log, line + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
