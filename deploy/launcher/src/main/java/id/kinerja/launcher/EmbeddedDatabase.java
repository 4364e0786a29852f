package id.kinerja.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The platform's PostgreSQL database, provisioned for it: the database {@value #DATABASE} (owned by
 * the owner role, which runs the platform's Flyway migrations) and the login role {@value
 * #APP_USER} the platform connects as (not a superuser, no BYPASSRLS, owner of nothing, so that
 * row-level security applies to it).
 *
 * <p>Either an embedded server (a real PostgreSQL shipped in a jar) whose data directory is kept
 * between runs, or an external server given by a JDBC URL and an owner who may create roles.
 *
 * <pre>{@code
 * try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(".kinerja/postgres"), 0)) {
 *   DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
 * }
 * }</pre>
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The database of an embedded server. */
  public static final String DATABASE = "kinerja";

  /** The owner of an embedded server's database. */
  public static final String OWNER_USER = "kinerja";

  /** The embedded owner's password (an embedded server trusts local connections anyway). */
  public static final String OWNER_PASSWORD = "kinerja";

  /** The role the platform connects as. */
  public static final String APP_USER = "kinerja_app";

  /** The application role's password when this class creates it. */
  public static final String APP_PASSWORD = "kinerja_app";

  private static final String SUPERUSER = "postgres";
  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]*)/([^?]+)(\\?.*)?");

  private final EmbeddedPostgres server;
  private final String jdbcUrl;
  private final String ownerUser;
  private final String ownerPassword;
  private final boolean created;
  private final Thread shutdownHook;

  private EmbeddedDatabase(
      EmbeddedPostgres server,
      String jdbcUrl,
      String ownerUser,
      String ownerPassword,
      boolean created,
      boolean registerShutdownHook) {
    this.server = server;
    this.jdbcUrl = jdbcUrl;
    this.ownerUser = ownerUser;
    this.ownerPassword = ownerPassword;
    this.created = created;
    this.shutdownHook = registerShutdownHook ? new Thread(this::close, "kinerja-db-stop") : null;
    if (shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /**
   * Starts an embedded server, stopped by {@link #close()} or else when the JVM ends.
   *
   * @param dataDirectory where the cluster lives; created on the first start, kept afterwards
   * @param port the port, or 0 for a free one
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    return start(dataDirectory, port, null, true);
  }

  /**
   * Starts an embedded server.
   *
   * @param dataDirectory where the cluster lives; created on the first start, kept afterwards
   * @param port the port, or 0 for a free one
   * @param log where the server's output goes; null for the data directory's parent's {@code
   *     postgres.log}
   * @param registerShutdownHook whether the JVM's end stops the server (off when the caller stops
   *     it in its own order)
   */
  public static EmbeddedDatabase start(
      Path dataDirectory, int port, Path log, boolean registerShutdownHook) {
    Path data = dataDirectory.toAbsolutePath().normalize();
    Path logFile = log != null ? log : data.resolveSibling("postgres.log");
    boolean created = !Files.isRegularFile(data.resolve("PG_VERSION"));
    try {
      Files.createDirectories(data.getParent());
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      stopOrphan(data);
      int chosenPort = Processes.portOrFree(port);
      Processes.requireFree(chosenPort, "the embedded PostgreSQL");
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setPort(chosenPort)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofMinutes(3))
              .setServerConfig("max_connections", "200")
              // zonky turns fsync off (-F), which risks the kept data on a machine crash.
              .setServerConfig("fsync", "on")
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
      try {
        provisionEmbedded(server.getPostgresDatabase());
      } catch (SQLException | RuntimeException e) {
        server.close();
        throw e;
      }
      String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
      return new EmbeddedDatabase(
          server, url, OWNER_USER, OWNER_PASSWORD, created, registerShutdownHook);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start the embedded PostgreSQL in "
              + data
              + " (log: "
              + logFile
              + "). If the folder was made by another PostgreSQL version, delete it.",
          e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot provision the embedded PostgreSQL: " + e, e);
    }
  }

  /**
   * Uses an external server: creates the URL's database if missing (the owner needs CREATEDB) and
   * the role {@value #APP_USER} if missing (the owner needs CREATEROLE), and lets that role
   * connect.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/database}
   * @param ownerUser the user that owns (or will own) the database and runs the migrations
   */
  public static EmbeddedDatabase external(String jdbcUrl, String ownerUser, String ownerPassword) {
    Matcher url = URL.matcher(jdbcUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException(
          "Not a PostgreSQL JDBC URL with a database: "
              + jdbcUrl
              + " (expected jdbc:postgresql://host:port/database)");
    }
    String database = url.group(2);
    try {
      createDatabaseIfMissing(jdbcUrl, database, url, ownerUser, ownerPassword);
      try (Connection connection = DriverManager.getConnection(jdbcUrl, ownerUser, ownerPassword)) {
        provisionAppRole(connection, database);
      }
      return new EmbeddedDatabase(null, jdbcUrl, ownerUser, ownerPassword, false, false);
    } catch (SQLException e) {
      String hint =
          "42501".equals(e.getSQLState()) // insufficient_privilege
              ? " (the owner needs CREATEDB and CREATEROLE, or the database and the role "
                  + APP_USER
                  + " must exist)"
              : "";
      throw new IllegalStateException(
          "Cannot provision the database at "
              + jdbcUrl
              + " as "
              + ownerUser
              + ": "
              + e.getMessage()
              + hint,
          e);
    }
  }

  /** The database's JDBC URL, without credentials. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The owner: runs migrations. */
  public String ownerUser() {
    return ownerUser;
  }

  public String ownerPassword() {
    return ownerPassword;
  }

  /** The role the platform connects as. */
  public String appUser() {
    return APP_USER;
  }

  public String appPassword() {
    return APP_PASSWORD;
  }

  /** The server's port (for an external server, as the URL gives it, else 5432). */
  public int port() {
    if (server != null) {
      return server.getPort();
    }
    Matcher url = URL.matcher(jdbcUrl);
    url.matches();
    String authority = url.group(1);
    int colon = authority.lastIndexOf(':');
    return colon < 0 || authority.endsWith("]")
        ? 5432
        : Integer.parseInt(authority.substring(colon + 1));
  }

  /** Whether this is an embedded server (else an external one). */
  public boolean embedded() {
    return server != null;
  }

  /** Whether this start created the embedded cluster (a cold start). */
  public boolean created() {
    return created;
  }

  /** Stops an embedded server; an external one is left as it is. Idempotent. */
  @Override
  public synchronized void close() {
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down
      }
    }
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
      }
    }
  }

  @Override
  public String toString() {
    return jdbcUrl + " (owner " + ownerUser + ", application " + APP_USER + ")";
  }

  private static void provisionEmbedded(DataSource postgres) throws SQLException {
    try (Connection connection = postgres.getConnection()) {
      connection.setAutoCommit(true);
      if (!exists(connection, "select 1 from pg_roles where rolname = ?", OWNER_USER)) {
        execute(
            connection,
            "create role "
                + OWNER_USER
                + " login password '"
                + OWNER_PASSWORD
                + "' nosuperuser nobypassrls nocreatedb nocreaterole");
      }
      if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
        execute(connection, "create database " + DATABASE + " owner " + OWNER_USER);
      }
      provisionAppRole(connection, DATABASE);
    }
  }

  private static void provisionAppRole(Connection connection, String database) throws SQLException {
    if (!exists(connection, "select 1 from pg_roles where rolname = ?", APP_USER)) {
      execute(
          connection,
          "create role "
              + APP_USER
              + " login password '"
              + APP_PASSWORD
              + "' nosuperuser nobypassrls nocreatedb nocreaterole noinherit");
    }
    execute(connection, "grant connect on database " + quote(database) + " to " + APP_USER);
  }

  private static void createDatabaseIfMissing(
      String jdbcUrl, String database, Matcher url, String user, String password)
      throws SQLException {
    try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
      return;
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) { // invalid_catalog_name: no such database
        throw e;
      }
    }
    String maintenance =
        "jdbc:postgresql://"
            + url.group(1)
            + "/postgres"
            + Optional.ofNullable(url.group(3)).orElse("");
    try (Connection connection = DriverManager.getConnection(maintenance, user, password)) {
      execute(connection, "create database " + quote(database));
    }
  }

  private static boolean exists(Connection connection, String sql, String value)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * A server left running by a launcher that was killed (pg_ctl detaches PostgreSQL, so it outlives
   * the JVM) holds the data directory: stop it with a fast shutdown so this start can proceed.
   */
  /** zonky holds a file lock in the data directory while a JVM uses it. */
  private static boolean lockedByAnotherLauncher(Path data) {
    Path lockFile = data.resolve("epg-lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (IOException | OverlappingFileLockException e) {
      return true;
    }
  }

  private static void stopOrphan(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> postmaster;
    try {
      postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    } catch (NumberFormatException e) {
      return;
    }
    if (postmaster.isEmpty()
        || !postmaster.get().isAlive()
        || !Processes.commandOf(postmaster.get()).contains(data.toString())
        || lockedByAnotherLauncher(data)) {
      return;
    }
    // SIGINT: PostgreSQL's fast shutdown (SIGTERM would wait for the orphaned clients).
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid()))
          .inheritIO()
          .start()
          .waitFor();
      postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException(
          "A PostgreSQL left running on "
              + data
              + " (pid "
              + postmaster.get().pid()
              + ") does not stop: stop it by hand",
          e);
    }
  }
}
