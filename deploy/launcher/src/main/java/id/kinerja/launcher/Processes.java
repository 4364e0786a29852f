package id.kinerja.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Child processes, ports and waiting: what the three servers have in common. */
final class Processes {

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Processes() {}

  /**
   * The command, run in a session of its own where the system has {@code setsid}: a Ctrl-C in the
   * terminal then reaches only the launcher, whose shutdown hook stops the servers in order.
   */
  static List<String> detached(List<String> command) {
    if (!Files.isExecutable(SETSID)) {
      return command;
    }
    List<String> detached = new ArrayList<>();
    detached.add(SETSID.toString());
    detached.addAll(command);
    return detached;
  }

  /** The java executable of the JVM running the launcher. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A port that was free a moment ago. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  /** {@code port}, or a free one when it is 0. */
  static int portOrFree(int port) {
    return port == 0 ? freePort() : port;
  }

  /**
   * Fails clearly when a port is taken, before a server starts and fails with a less clear message.
   *
   * @param what the server and setting, for the message
   */
  static void requireFree(int port, String what) {
    for (String host : List.of("0.0.0.0", "127.0.0.1")) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      } catch (IOException e) {
        throw new IllegalStateException(
            "Port "
                + port
                + " for "
                + what
                + " is in use (is Kinerja already running?). Stop that process or choose another"
                + " port.");
      }
    }
  }

  /** A status of {@link #status} in words. */
  static String describe(int status) {
    return status < 0
        ? "nothing: no connection, or no answer within 5 s"
        : Integer.toString(status);
  }

  /** The status of an HTTP GET, or -1 when nothing answers. */
  static int status(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The last lines of a log file, for error messages. */
  static String tail(Path log, int lines) {
    if (!Files.isRegularFile(log)) {
      return "  (no log written)";
    }
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      long start = Math.max(0, length - 16_384);
      byte[] bytes = new byte[(int) (length - start)];
      file.seek(start);
      file.readFully(bytes);
      List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
          .map(line -> "  | " + line.replaceAll("\u001B\\[[0-9;]*m", ""))
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      return "  (cannot read the log: " + e.getMessage() + ")";
    }
  }

  /**
   * Stops a process and everything it started: SIGTERM to all of them, then SIGKILL to what is left
   * after the grace period. Needed because {@code kc.sh} runs Keycloak's JVM as its child.
   */
  static void stopTree(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : tree) {
      long left = deadline - System.nanoTime();
      try {
        process.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        // still running after the grace period: killed below
      }
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Stops the process tree when the JVM ends while a server is still starting (Ctrl-C during a
   * start): child processes outlive the JVM otherwise.
   */
  static Thread stopOnExit(Process process) {
    Thread hook =
        new Thread(
            () -> stopTree(process.toHandle(), Duration.ofSeconds(30)), "kinerja-start-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /**
   * Removes a server's own shutdown hook when the server is closed by other means; a hook that is
   * running now stays.
   */
  static void removeHookUnlessRunning(Thread hook) {
    if (hook != null && Thread.currentThread() != hook) {
      removeHook(hook);
    }
  }

  /** Stops a server's process tree (SIGTERM, SIGKILL after 30 s) and removes its pid file. */
  static void stop(ProcessHandle root, Path pidFile) {
    stopTree(root, Duration.ofSeconds(30));
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      // an orphan check of a later run finds nothing alive
    }
  }

  static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs
    }
  }

  /** Writes the process ids of a running server, so that a later run can end an orphan. */
  static void writePids(Path file, ProcessHandle root) {
    List<String> pids =
        Stream.concat(Stream.of(root), root.descendants())
            .map(p -> Long.toString(p.pid()))
            .toList();
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, pids);
    } catch (IOException e) {
      // only a help against orphans: starting goes on without it
    }
  }

  /**
   * Ends the processes a pid file lists that are still running and whose command line contains
   * {@code marker} (so that a recycled pid of an unrelated process is left alone): the servers of
   * an earlier run whose launcher was killed without its shutdown hook.
   *
   * @return true when an orphan was stopped
   */
  static boolean stopOrphans(Path pidFile, String marker) {
    if (!Files.isRegularFile(pidFile)) {
      return false;
    }
    boolean stopped = false;
    try {
      for (String line : Files.readAllLines(pidFile)) {
        Optional<ProcessHandle> process = parsePid(line).flatMap(ProcessHandle::of);
        if (process.isPresent()
            && process.get().isAlive()
            && commandOf(process.get()).contains(marker)) {
          stopTree(process.get(), Duration.ofSeconds(20));
          stopped = true;
        }
      }
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      // nothing to stop then
    }
    return stopped;
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The full command line; /proc has it even where ProcessHandle.Info truncates it. */
  static String commandOf(ProcessHandle process) {
    Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      if (Files.isReadable(cmdline)) {
        return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
      }
    } catch (IOException e) {
      // fall back below
    }
    return process.info().commandLine().orElse("");
  }

  /** The resident memory of a process and its children in MiB, or -1 where /proc is missing. */
  static long residentMiB(ProcessHandle root) {
    long kib =
        Stream.concat(Stream.of(root), root.descendants())
            .mapToLong(Processes::residentKiB)
            .filter(k -> k > 0)
            .sum();
    return kib == 0 ? -1 : kib / 1024;
  }

  private static long residentKiB(ProcessHandle process) {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not on Linux, or the process is gone
    }
    return -1;
  }

  /**
   * Takes an exclusive lock on a file that the JVM releases when it ends, however it ends: a second
   * launcher on the same folder fails here instead of stopping the first one's servers as orphans.
   *
   * @param what the folder's use, for the message
   */
  static AutoCloseable lock(Path lockFile, String what) {
    try {
      Files.createDirectories(lockFile.getParent());
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException(
            what
                + " is in use by another running launcher or test: is Kinerja already running? (lock "
                + lockFile
                + ")");
      }
      FileLock held = lock;
      return () -> {
        held.release();
        channel.close();
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + lockFile, e);
    }
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // released by the JVM's end anyway
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
