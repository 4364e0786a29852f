package id.kinerja.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole product on one machine: the database and Keycloak (started side by side), then Payara
 * Micro with the platform WAR, every region of {@code tenants-config} served.
 *
 * <pre>{@code
 * try (KinerjaStack stack = KinerjaStack.start(KinerjaStack.testOptions(repoRoot, tempDir))) {
 *   String portal = stack.portalUrl("tanjungbalai"); // http://tanjungbalai.localhost:<port>/
 *   String token = stack.accessToken("tanjungbalai", "pegawai");
 * }
 * }</pre>
 */
public final class KinerjaStack implements AutoCloseable {

  /** The base domain of local runs: region {@code x} is served on {@code x.localhost}. */
  public static final String BASE_DOMAIN = "localhost";

  private final Options options;
  private final TenantsConfig tenants;
  private final EmbeddedDatabase database;
  private final KeycloakServer keycloak;
  private final PayaraServer payara;
  private final Duration startTime;
  private final Thread shutdownHook;
  private boolean closed;

  private KinerjaStack(
      Options options,
      TenantsConfig tenants,
      EmbeddedDatabase database,
      KeycloakServer keycloak,
      PayaraServer payara,
      Duration startTime) {
    this.options = options;
    this.tenants = tenants;
    this.database = database;
    this.keycloak = keycloak;
    this.payara = payara;
    this.startTime = startTime;
    this.shutdownHook = options.shutdownHook ? new Thread(this::close, "kinerja-stop") : null;
    if (shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /**
   * The local run's settings: portal on 8080, Keycloak on 8180, the embedded database on 54320,
   * everything kept in {@code <repo>/.kinerja/}.
   */
  public static Options options(Path repoRoot) {
    return new Options(repoRoot);
  }

  /**
   * Settings for a test: free ports, the database and Payara in {@code workDir}; Keycloak in {@code
   * <repo>/.kinerja/test-keycloak-<version>}, kept between test runs so that its build step runs
   * once, and apart from the local run's so that both can run at once.
   */
  public static Options testOptions(Path repoRoot, Path workDir) {
    Path work = workDir.toAbsolutePath().normalize();
    Options options = new Options(repoRoot);
    return options
        .portalPort(0)
        .keycloakPort(0)
        .databasePort(0)
        .dataDir(work)
        .pluginsDir(work.resolve("plugins"))
        .keycloakHome(
            options
                .repoRoot
                .resolve(".kinerja")
                .resolve("test-keycloak-" + Distributions.keycloakVersion()));
  }

  /**
   * Starts the database and Keycloak side by side, and Payara once the database is up; stops what
   * started when a part fails.
   *
   * @throws IllegalStateException naming the failing part and its log
   */
  public static KinerjaStack start(Options options) {
    long t0 = System.nanoTime();
    if (!Files.isRegularFile(options.war)) {
      throw new IllegalStateException(
          "The platform WAR " + options.war + " is missing: build it first (mvn install)");
    }
    int portalPort = Processes.portOrFree(options.portalPort);
    int keycloakPort = Processes.portOrFree(options.keycloakPort);
    PayaraServer.stopOrphans(options.dataDir.resolve("payara"));
    Processes.requireFree(portalPort, "the portal (Payara Micro)");
    TenantsConfig tenants = TenantsConfig.at(options.tenantsDir);
    Map<String, ObjectNode> realms =
        new RealmGenerator(
                tenants,
                new RealmGenerator.Options(
                    BASE_DOMAIN, portalPort, options.directAccessGrants, options.demo))
            .realms();
    Path logs = options.logsDir();

    CompletableFuture<EmbeddedDatabase> database =
        CompletableFuture.supplyAsync(
            () ->
                options.externalDatabaseUrl != null
                    ? EmbeddedDatabase.external(
                        options.externalDatabaseUrl,
                        options.externalDatabaseUser,
                        options.externalDatabasePassword)
                    : EmbeddedDatabase.start(
                        options.dataDir.resolve("postgres"),
                        options.databasePort,
                        logs.resolve("postgres.log"),
                        false));
    CompletableFuture<KeycloakServer> keycloak =
        CompletableFuture.supplyAsync(
            () ->
                KeycloakServer.builder(options.keycloakHome())
                    .distribution(Distributions.keycloakZip(options.runtimeDir))
                    .port(keycloakPort)
                    .realms(realms)
                    .log(logs.resolve("keycloak.log"))
                    .shutdownHook(false)
                    .start());
    // Ctrl-C while starting: stop what is up (a server still starting stops its own process).
    Thread whileStarting =
        new Thread(
            () -> {
              try {
                closeAll(startedOrNull(keycloak), startedOrNull(database));
              } catch (RuntimeException e) {
                // the JVM is ending: nothing left to report to
              }
            },
            "kinerja-start-stop");
    Runtime.getRuntime().addShutdownHook(whileStarting);
    EmbeddedDatabase db = null;
    KeycloakServer kc = null;
    PayaraServer app = null;
    try {
      db = join(database, keycloak);
      // Payara starts while Keycloak still starts: the platform asks Keycloak nothing until a
      // first login or API call, and the stack counts as started only once both are up.
      app =
          PayaraServer.builder(
                  Distributions.payaraMicroJar(options.runtimeDir),
                  options.war,
                  options.dataDir.resolve("payara"))
              .port(portalPort)
              .log(logs.resolve("payara.log"))
              .echo(options.echoPayara)
              .shutdownHook(false)
              .database(db)
              .keycloak("http://localhost:" + keycloakPort)
              .tenantsDir(options.tenantsDir)
              .pluginsDir(options.pluginsDir())
              .baseDomain(BASE_DOMAIN)
              .demo(options.demo)
              .systemProperties(options.systemProperties)
              .startTimeout(options.payaraTimeout)
              .start();
      kc = join(keycloak, database);
      return new KinerjaStack(
          options, tenants, db, kc, app, Duration.ofNanos(System.nanoTime() - t0));
    } catch (RuntimeException e) {
      closeAll(
          app,
          kc != null ? kc : startedOrNull(keycloak),
          db != null ? db : startedOrNull(database));
      throw e;
    } finally {
      Processes.removeHook(whileStarting);
    }
  }

  /** Waits for one part; when it fails, waits for the other to stop it, then fails. */
  private static <T> T join(CompletableFuture<T> part, CompletableFuture<?> other) {
    try {
      return part.join();
    } catch (CompletionException e) {
      try {
        Object started = other.join();
        if (started instanceof AutoCloseable closeable) {
          Processes.closeQuietly(closeable);
        }
      } catch (CompletionException ignored) {
        // failed too: nothing to stop
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static <T> T startedOrNull(CompletableFuture<T> part) {
    try {
      return part.getNow(null);
    } catch (CompletionException e) {
      return null;
    }
  }

  /** The settings started with. */
  public Options options() {
    return options;
  }

  /** The regions served. */
  public List<TenantDefinition> tenants() {
    return tenants.tenants();
  }

  /** The region read from {@code tenants-config}. */
  public TenantDefinition tenant(String code) {
    return tenants().stream()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No region " + code));
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public KeycloakServer keycloak() {
    return keycloak;
  }

  public PayaraServer payara() {
    return payara;
  }

  /** A region's portal: {@code http://<code>.localhost:<port>/}. */
  public String portalUrl(String code) {
    return payara.url(code + "." + BASE_DOMAIN);
  }

  /** Every portal URL of a region: its own host and its custom hosts. */
  public List<String> portalUrls(String code) {
    return tenant(code).allHosts(BASE_DOMAIN).stream().map(payara::url).toList();
  }

  /** An access token of a region's portal client by the password grant, for API calls. */
  public String accessToken(String code, String username) {
    return accessToken(code, username, RealmGenerator.DEMO_PASSWORD);
  }

  /** An access token of a region's portal client by the password grant, for API calls. */
  public String accessToken(String code, String username, String password) {
    TenantDefinition.Identity identity = tenant(code).identity();
    return keycloak.accessToken(
        identity.realm(), identity.clientId(), identity.clientSecret(), username, password);
  }

  /** From the call of {@link #start} until Payara was ready. */
  public Duration startTime() {
    return startTime;
  }

  /** Whether this was a cold start: Keycloak unpacked and built, or the database created. */
  public boolean coldStart() {
    return keycloak.unpacked() || database.created();
  }

  /** Stops Payara, then Keycloak, then the database. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Processes.removeHookUnlessRunning(shutdownHook);
    closeAll(payara, keycloak, database);
  }

  private static void closeAll(AutoCloseable... parts) {
    RuntimeException failure = null;
    for (AutoCloseable part : parts) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("Stopping failed: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** What to start and where. Every setter returns this for chaining. */
  public static final class Options {
    private final Path repoRoot;
    private Path dataDir;
    private Path tenantsDir;
    private Path war;
    private Path pluginsDir;
    private Path runtimeDir;
    private Path keycloakHome;
    private int portalPort = 8080;
    private int keycloakPort = 8180;
    private int databasePort = 54320;
    private String externalDatabaseUrl;
    private String externalDatabaseUser;
    private String externalDatabasePassword;
    private boolean demo = true;
    private boolean directAccessGrants = true;
    private boolean echoPayara;
    private boolean shutdownHook = true;
    private Duration payaraTimeout = Duration.ofMinutes(10);
    private final Map<String, String> systemProperties = new LinkedHashMap<>();

    private Options(Path repoRoot) {
      this.repoRoot = repoRoot.toAbsolutePath().normalize();
      this.dataDir = this.repoRoot.resolve(".kinerja");
      this.tenantsDir = this.repoRoot.resolve("tenants-config");
      this.war = this.repoRoot.resolve("platform/app/target/kinerja.war");
      this.runtimeDir = this.repoRoot.resolve("deploy/launcher/target/runtime");
    }

    /** The repository's root folder. */
    public Path repoRoot() {
      return repoRoot;
    }

    /** Where the database, Payara's folder and the logs live (default {@code <repo>/.kinerja}). */
    public Options dataDir(Path dir) {
      this.dataDir = dir.toAbsolutePath().normalize();
      return this;
    }

    public Path dataDir() {
      return dataDir;
    }

    /** The logs: {@code <dataDir>/logs}. */
    public Path logsDir() {
      return dataDir.resolve("logs");
    }

    public Options tenantsDir(Path dir) {
      this.tenantsDir = dir.toAbsolutePath().normalize();
      return this;
    }

    public Path tenantsDir() {
      return tenantsDir;
    }

    /** The platform WAR (default {@code <repo>/platform/app/target/kinerja.war}). */
    public Options war(Path war) {
      this.war = war.toAbsolutePath().normalize();
      return this;
    }

    public Path war() {
      return war;
    }

    /** The plugins folder Payara loads (default {@code <dataDir>/plugins}). */
    public Options pluginsDir(Path dir) {
      this.pluginsDir = dir.toAbsolutePath().normalize();
      return this;
    }

    public Path pluginsDir() {
      return pluginsDir != null ? pluginsDir : dataDir.resolve("plugins");
    }

    /**
     * Where {@code payara-micro.jar} and {@code keycloak.zip} are (the launcher's build output).
     */
    public Options runtimeDir(Path dir) {
      this.runtimeDir = dir.toAbsolutePath().normalize();
      return this;
    }

    /** Keycloak's unpacked distribution (default {@code <dataDir>/keycloak-<version>}). */
    public Options keycloakHome(Path dir) {
      this.keycloakHome = dir.toAbsolutePath().normalize();
      return this;
    }

    public Path keycloakHome() {
      return keycloakHome != null
          ? keycloakHome
          : dataDir.resolve("keycloak-" + Distributions.keycloakVersion());
    }

    /** The portal's port (default 8080), 0 for a free one. */
    public Options portalPort(int port) {
      this.portalPort = port;
      return this;
    }

    /** Keycloak's port (default 8180), 0 for a free one. */
    public Options keycloakPort(int port) {
      this.keycloakPort = port;
      return this;
    }

    /** The embedded database's port (default 54320), 0 for a free one. */
    public Options databasePort(int port) {
      this.databasePort = port;
      return this;
    }

    /** An external database instead of the embedded one; its owner runs the migrations. */
    public Options externalDatabase(String jdbcUrl, String ownerUser, String ownerPassword) {
      this.externalDatabaseUrl = jdbcUrl;
      this.externalDatabaseUser = ownerUser;
      this.externalDatabasePassword = ownerPassword;
      return this;
    }

    /** Demo users in the realms and {@code kinerja.demo} for the platform (default true). */
    public Options demo(boolean demo) {
      this.demo = demo;
      return this;
    }

    /** Whether the portal clients allow the password grant (default true: tests use it). */
    public Options directAccessGrants(boolean allowed) {
      this.directAccessGrants = allowed;
      return this;
    }

    /** Whether Payara's output is printed as well as logged. */
    public Options echoPayara(boolean echo) {
      this.echoPayara = echo;
      return this;
    }

    /** Whether the JVM's end stops the stack (default true). */
    public Options shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * The longest Payara's start may take however it progresses (default 10 minutes); see {@link
     * PayaraServer.Builder#startTimeout}.
     */
    public Options payaraTimeout(Duration timeout) {
      this.payaraTimeout = timeout;
      return this;
    }

    /** An extra JVM system property for Payara. */
    public Options systemProperty(String name, String value) {
      systemProperties.put(name, value);
      return this;
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      parts.add("repo=" + repoRoot);
      parts.add("data=" + dataDir);
      parts.add("ports=" + portalPort + "/" + keycloakPort + "/" + databasePort);
      return "Options[" + String.join(", ", parts) + "]";
    }
  }
}
