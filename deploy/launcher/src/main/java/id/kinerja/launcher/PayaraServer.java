package id.kinerja.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Payara Micro as a child JVM with the platform WAR at context root {@code /}.
 *
 * <p>The platform reads its settings from JVM system properties: {@link Builder#database}, {@link
 * Builder#keycloak} and the other typed setters fill the {@code kinerja.*} ones; {@link
 * Builder#systemProperty} adds any other. Ready means {@code GET /health/ready} answers 200
 * (MicroProfile Health, which Payara Micro serves beside the application).
 *
 * <pre>{@code
 * try (PayaraServer payara = PayaraServer.builder(microJar, war, rootDir)
 *     .port(8080).database(db).keycloak(keycloak.url()).tenantsDir(tenants).start()) {
 *   ...
 * }
 * }</pre>
 */
public final class PayaraServer implements AutoCloseable {

  /**
   * The platform setting for the initial password of users an employee import creates in Keycloak
   * (temporary: changed at the first login); unset, they get none.
   */
  public static final String INITIAL_PASSWORD = "kinerja.import.initial-password";

  private static final String PID_FILE = "kinerja-payara.pid";

  /** How long the application may answer a definite error after Payara said it is ready. */
  private static final Duration APPLICATION_GRACE = Duration.ofSeconds(60);

  private static final Pattern READY_LINE = Pattern.compile("Payara Micro .* ready in");

  private final Builder settings;
  private final Process process;
  private final Duration startTime;
  private final Thread shutdownHook;
  private final Thread echo;
  private AutoCloseable lock;
  private boolean closed;

  private PayaraServer(Builder settings, Process process, Duration startTime, Thread echo) {
    this.settings = settings;
    this.process = process;
    this.startTime = startTime;
    this.echo = echo;
    this.shutdownHook =
        settings.shutdownHook ? new Thread(this::close, "kinerja-payara-stop") : null;
    if (shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /**
   * Stops a Payara left running in this root folder by a launcher that was killed, so that its port
   * is free again.
   *
   * @throws IllegalStateException when a running launcher or test uses the folder
   */
  static void stopOrphans(Path rootDir) {
    Path root = rootDir.toAbsolutePath().normalize();
    AutoCloseable lock =
        Processes.lock(root.resolveSibling(root.getFileName() + ".lock"), "Payara folder " + root);
    try {
      Processes.stopOrphans(root.resolveSibling(PID_FILE), root.toString());
    } finally {
      Processes.closeQuietly(lock);
    }
  }

  /**
   * A server to be started.
   *
   * @param microJar {@code payara-micro.jar}
   * @param war the WAR to deploy at context root {@code /}
   * @param rootDir Payara's runtime folder, emptied at each start
   */
  public static Builder builder(Path microJar, Path war, Path rootDir) {
    return new Builder(microJar, war, rootDir);
  }

  /** The HTTP port. */
  public int port() {
    return settings.port;
  }

  /**
   * {@code http://localhost:<port>}: the platform answers per region host, see {@link
   * #url(String)}.
   */
  public String url() {
    return "http://localhost:" + settings.port;
  }

  /** The portal of a host: {@code http://<host>:<port>/}. */
  public String url(String host) {
    return RealmGenerator.origin(host, settings.port) + "/";
  }

  /** Payara's output. */
  public Path log() {
    return settings.log;
  }

  /** The JVM system properties the server was started with. */
  public Map<String, String> systemProperties() {
    return Map.copyOf(settings.properties);
  }

  /** How long it took until the server was ready. */
  public Duration startTime() {
    return startTime;
  }

  public ProcessHandle process() {
    return process.toHandle();
  }

  /** Whether the server is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the server (SIGTERM: Payara shuts down; SIGKILL after 30 s). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Processes.removeHookUnlessRunning(shutdownHook);
    Processes.stop(process.toHandle(), settings.rootDir.resolveSibling(PID_FILE));
    if (echo != null) {
      echo.interrupt();
    }
    Processes.closeQuietly(lock);
  }

  @Override
  public String toString() {
    return "Payara Micro at " + url() + " (log " + settings.log + ")";
  }

  /** What to start. */
  public static final class Builder {
    private final Path microJar;
    private final Path war;
    private final Path rootDir;
    private int port = 8080;
    private String maxHeap = "768m";
    private Path log;
    private boolean echo;
    private boolean shutdownHook = true;
    private Duration startTimeout = Duration.ofMinutes(10);
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();

    private Builder(Path microJar, Path war, Path rootDir) {
      this.microJar = microJar.toAbsolutePath().normalize();
      this.war = war.toAbsolutePath().normalize();
      this.rootDir = rootDir.toAbsolutePath().normalize();
      properties.put("kinerja.base-domain", "localhost");
      properties.put("kinerja.demo", "true");
      properties.put(INITIAL_PASSWORD, RealmGenerator.DEMO_PASSWORD);
    }

    /** The HTTP port (default 8080), 0 for a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** {@code -Xmx} (default {@code 768m}). */
    public Builder maxHeap(String maxHeap) {
      this.maxHeap = maxHeap;
      return this;
    }

    /** Where the output goes (default: {@code payara.log} beside the root folder). */
    public Builder log(Path log) {
      this.log = log;
      return this;
    }

    /** Whether the output is also printed to this JVM's standard output. */
    public Builder echo(boolean echo) {
      this.echo = echo;
      return this;
    }

    /** Whether the JVM's end stops the server (default true). */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * The longest the start may take however it progresses (default 10 minutes). It gives up
     * earlier when Payara stops, answers a definite error, or makes no progress (no log line, no
     * change of answer, no CPU use) for {@link StartupWait#DEFAULT_STALL}.
     */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /** The database: {@code kinerja.db.url}, the application role and the owner. */
    public Builder database(EmbeddedDatabase database) {
      return database(
          database.jdbcUrl(),
          database.appUser(),
          database.appPassword(),
          database.ownerUser(),
          database.ownerPassword());
    }

    /** The database: {@code kinerja.db.url}, {@code .user}, {@code .password}, {@code .owner.*}. */
    public Builder database(
        String jdbcUrl, String user, String password, String ownerUser, String ownerPassword) {
      properties.put("kinerja.db.url", jdbcUrl);
      properties.put("kinerja.db.user", user);
      properties.put("kinerja.db.password", password);
      properties.put("kinerja.db.owner.user", ownerUser);
      properties.put("kinerja.db.owner.password", ownerPassword);
      return this;
    }

    /**
     * {@code kinerja.oidc.server-url}: Keycloak's base URL, for example {@code
     * http://localhost:8180}.
     */
    public Builder keycloak(String serverUrl) {
      properties.put("kinerja.oidc.server-url", serverUrl);
      return this;
    }

    /** {@code kinerja.tenants.dir}. */
    public Builder tenantsDir(Path dir) {
      properties.put("kinerja.tenants.dir", dir.toAbsolutePath().normalize().toString());
      return this;
    }

    /** {@code kinerja.plugins.dir}. */
    public Builder pluginsDir(Path dir) {
      properties.put("kinerja.plugins.dir", dir.toAbsolutePath().normalize().toString());
      return this;
    }

    /** {@code kinerja.base-domain} (default {@code localhost}). */
    public Builder baseDomain(String baseDomain) {
      properties.put("kinerja.base-domain", baseDomain);
      return this;
    }

    /**
     * {@code kinerja.demo}: load the regions' demo data (default true). A demo run also gives the
     * users an employee import creates the initial password {@code kinerja-demo} ({@value
     * #INITIAL_PASSWORD}), to be changed at the first login; without demo they get none.
     */
    public Builder demo(boolean demo) {
      properties.put("kinerja.demo", Boolean.toString(demo));
      if (demo) {
        properties.put(INITIAL_PASSWORD, RealmGenerator.DEMO_PASSWORD);
      } else {
        properties.remove(INITIAL_PASSWORD);
      }
      return this;
    }

    /** Any other JVM system property; a later value replaces an earlier one. */
    public Builder systemProperty(String name, String value) {
      properties.put(name, value);
      return this;
    }

    public Builder systemProperties(Map<String, String> values) {
      properties.putAll(values);
      return this;
    }

    /** Any other JVM option, for example {@code -agentlib:jdwp=...}. */
    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /**
     * Starts the server and waits until {@code /health/ready} answers 200, as long as the start
     * progresses (see {@link #startTimeout}).
     *
     * @throws IllegalStateException naming the log, what it waited for and why it gave up
     */
    public PayaraServer start() {
      long t0 = System.nanoTime();
      if (!Files.isRegularFile(microJar)) {
        throw new IllegalStateException(
            microJar + " is missing: build the launcher (mvn -pl deploy/launcher -am package)");
      }
      if (!Files.isRegularFile(war)) {
        throw new IllegalStateException(
            war + " is missing: build the platform (mvn -pl platform/app -am package)");
      }
      port = Processes.portOrFree(port);
      properties.put("kinerja.portal-port", Integer.toString(port));
      if (log == null) {
        log = rootDir.resolveSibling("payara.log");
      }
      Path pidFile = rootDir.resolveSibling(PID_FILE);
      AutoCloseable lock =
          Processes.lock(
              rootDir.resolveSibling(rootDir.getFileName() + ".lock"), "Payara folder " + rootDir);
      Process process;
      try {
        Processes.stopOrphans(pidFile, rootDir.toString());
        Processes.requireFree(port, "Payara Micro");
        Processes.deleteTree(rootDir);
        Files.createDirectories(rootDir);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "");
        ProcessBuilder builder = new ProcessBuilder(Processes.detached(command()));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        process = builder.start();
      } catch (IOException e) {
        Processes.closeQuietly(lock);
        throw new UncheckedIOException("Cannot start Payara Micro", e);
      } catch (RuntimeException e) {
        Processes.closeQuietly(lock);
        throw e;
      }
      Thread echoThread = echo ? startEcho(log) : null;
      Thread whileStarting = Processes.stopOnExit(process);
      Processes.writePids(pidFile, process.toHandle());
      try {
        String health = "http://127.0.0.1:" + port + "/health/ready";
        new StartupWait("Payara Micro", process, log, startTimeout, StartupWait.DEFAULT_STALL)
            .await(readiness(health, log));
        Processes.writePids(pidFile, process.toHandle());
        PayaraServer server =
            new PayaraServer(this, process, Duration.ofNanos(System.nanoTime() - t0), echoThread);
        server.lock = lock;
        return server;
      } catch (RuntimeException e) {
        Processes.stopTree(process.toHandle(), Duration.ofSeconds(30));
        if (echoThread != null) {
          echoThread.interrupt();
        }
        Processes.closeQuietly(lock);
        throw e;
      } finally {
        Processes.removeHook(whileStarting);
      }
    }

    /** The platform's setting for the portal's address in links, {@code {host}} per region. */
    private static final String PORTAL_URL = "kinerja.portal.url";

    private List<String> command() {
      List<String> command = new ArrayList<>();
      command.add(Processes.java());
      command.add("-Xmx" + maxHeap);
      command.addAll(jvmOptions);
      properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
      if (!properties.containsKey(PORTAL_URL)) {
        // Links in notices and emails: the local portal is plain HTTP on this port.
        command.add("-D" + PORTAL_URL + "=http://{host}:" + port);
      }
      command.add("-jar");
      command.add(microJar.toString());
      command.add("--deploy");
      command.add(war.toString());
      command.add("--contextroot");
      command.add("/");
      command.add("--port");
      command.add(Integer.toString(port));
      command.add("--nocluster");
      command.add("--rootdir");
      command.add(rootDir.toString());
      return command;
    }

    /**
     * Ready: {@code /health/ready} answers 200. Should the endpoint be missing (404), Payara's own
     * "ready" log line counts instead. Payara first deploys the WAR (its log grows), then says it
     * is ready, then the application comes up: no answer or 503 is waited for as long as the start
     * progresses. When Payara says it is ready but the endpoint keeps answering an error (a WAR
     * that failed to deploy at {@code /} makes every path answer 500), starting fails after {@link
     * #APPLICATION_GRACE} instead of waiting for the overall bound.
     */
    private static StartupWait.Probe readiness(String healthUrl, Path log) {
      long[] errorSince = {0};
      boolean[] payaraUp = {false};
      return () -> {
        int status = Processes.status(healthUrl);
        if (status == 200) {
          return StartupWait.Probe.Answer.isReady();
        }
        payaraUp[0] = payaraUp[0] || logShowsReady(log);
        if (payaraUp[0] && status == 404) {
          return StartupWait.Probe.Answer.isReady();
        }
        String state =
            (payaraUp[0]
                    ? "the application (Payara Micro is up)"
                    : "Payara Micro to deploy the WAR (no \"ready in\" line yet)")
                + ": GET "
                + healthUrl
                + " answers "
                + Processes.describe(status);
        boolean error = payaraUp[0] && status >= 400 && status != 503;
        if (!error) {
          errorSince[0] = 0;
          return StartupWait.Probe.Answer.waiting(state);
        }
        long now = System.nanoTime();
        errorSince[0] = errorSince[0] == 0 ? now : errorSince[0];
        if (now - errorSince[0] < APPLICATION_GRACE.toNanos()) {
          return StartupWait.Probe.Answer.waiting(state);
        }
        return StartupWait.Probe.Answer.failed(
            state,
            "started, but "
                + healthUrl
                + " has answered "
                + status
                + " for "
                + APPLICATION_GRACE.toSeconds()
                + " s: the application did not deploy"
                + (severe(log).isEmpty() ? "" : "; first errors:\n" + severe(log) + "\n"));
      };
    }

    /** The first SEVERE lines of the log. */
    private static String severe(Path log) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        return lines
            .filter(line -> line.contains("SEVERE") || line.contains("Exception"))
            .limit(8)
            .map(line -> "  | " + line.replaceAll("\u001B\\[[0-9;]*m", ""))
            .collect(java.util.stream.Collectors.joining("\n"));
      } catch (IOException | UncheckedIOException e) {
        return "";
      }
    }

    private static boolean logShowsReady(Path log) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        return lines.anyMatch(line -> READY_LINE.matcher(line).find());
      } catch (IOException | UncheckedIOException e) {
        return false;
      }
    }

    private static Thread startEcho(Path log) {
      Thread thread =
          new Thread(
              () -> {
                try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                  byte[] buffer = new byte[8192];
                  while (!Thread.currentThread().isInterrupted()) {
                    int read = file.read(buffer);
                    if (read > 0) {
                      System.out.write(buffer, 0, read);
                      System.out.flush();
                    } else {
                      Thread.sleep(200);
                    }
                  }
                } catch (IOException e) {
                  // the log is gone: nothing more to echo
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "kinerja-payara-echo");
      thread.setDaemon(true);
      thread.start();
      return thread;
    }
  }
}
