package id.kinerja.launcher;

import id.kinerja.auditverifier.AuditEvents;
import id.kinerja.auditverifier.ChainVerdict;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The operators' audit verification ({@code deploy/audit-verify.sh [region...]}): recomputes the
 * hash chain of each region (all regions of the database without arguments) and prints per region
 * the events checked and OK, or the first broken event and why.
 *
 * <p>Database: {@code KINERJA_DB_URL} with {@code KINERJA_DB_USER} / {@code KINERJA_DB_PASSWORD}
 * (as for the launcher), else the embedded one: the running one on {@code KINERJA_DB_PORT} (54320),
 * or, when none answers, the one kept in {@code KINERJA_DATA_DIR} ({@code <repo>/.kinerja}) started
 * for the verification and stopped afterwards.
 *
 * <p>Exit status: 0 every chain intact, 1 a chain is broken, 2 the verification could not run.
 */
public final class AuditVerify {

  /** Every chain intact. */
  public static final int OK = 0;

  /** At least one chain is broken. */
  public static final int BROKEN = 1;

  /** The verification could not run (no database, unknown region). */
  public static final int FAILED = 2;

  private AuditVerify() {}

  public static void main(String[] args) {
    System.exit(run(args, System::getenv, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param settings the environment (KINERJA_* settings)
   * @return the exit status
   */
  public static int run(
      String[] args, Function<String, String> settings, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("-h") || Arrays.asList(args).contains("--help")) {
      out.println("Usage: deploy/audit-verify.sh [region...]  (no region: every region)");
      return OK;
    }
    String url = setting(settings, "KINERJA_DB_URL", null);
    EmbeddedDatabase started = null;
    try {
      Connection connection;
      if (url != null) {
        connection =
            DriverManager.getConnection(
                url,
                setting(settings, "KINERJA_DB_USER", "postgres"),
                setting(settings, "KINERJA_DB_PASSWORD", ""));
      } else {
        int port = Integer.parseInt(setting(settings, "KINERJA_DB_PORT", "54320"));
        String embedded = "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE;
        Connection running = tryConnect(embedded);
        if (running == null) {
          Path data = dataDir(settings).resolve("postgres");
          if (!Files.isDirectory(data)) {
            err.println(
                "No database: none answers on port "
                    + port
                    + ", there is none in "
                    + data
                    + ", and KINERJA_DB_URL is not set.");
            return FAILED;
          }
          started = EmbeddedDatabase.start(data, 0);
          running = tryConnect(started.jdbcUrl());
        }
        connection = running;
      }
      try (Connection c = connection) {
        return verify(c, List.of(args), out, err);
      }
    } catch (SQLException | RuntimeException e) {
      err.println("The audit verification could not run: " + e.getMessage());
      return FAILED;
    } finally {
      if (started != null) {
        started.close();
      }
    }
  }

  /**
   * Verifies the chains of {@code regions} (every region when empty) and prints one line each.
   *
   * @return the exit status
   */
  public static int verify(
      Connection connection, List<String> regions, PrintStream out, PrintStream err)
      throws SQLException {
    List<String> known = regions(connection);
    List<String> chosen = regions.isEmpty() ? known : regions;
    for (String region : chosen) {
      if (!known.contains(region)) {
        err.println("Unknown region: " + region + " (regions: " + String.join(", ", known) + ")");
        return FAILED;
      }
    }
    int status = OK;
    for (String region : chosen) {
      ChainVerdict verdict = AuditEvents.verify(connection, region);
      if (verdict.valid()) {
        out.printf(
            "%s: %d events checked, OK (head hash %s)%n",
            region, verdict.events(), verdict.headHash());
      } else {
        out.printf(
            "%s: BROKEN at event %d (after %d intact events): %s%n",
            region, verdict.firstBrokenSeq(), verdict.events(), verdict.reason());
        status = BROKEN;
      }
    }
    return status;
  }

  private static List<String> regions(Connection connection) throws SQLException {
    List<String> regions = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement("select code from tenant order by code");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        regions.add(rows.getString(1));
      }
    }
    return regions;
  }

  /** The embedded database's owner connection, or null when no server answers. */
  private static Connection tryConnect(String url) {
    try {
      return DriverManager.getConnection(
          url, EmbeddedDatabase.OWNER_USER, EmbeddedDatabase.OWNER_PASSWORD);
    } catch (SQLException e) {
      return null;
    }
  }

  private static Path dataDir(Function<String, String> settings) {
    String configured = setting(settings, "KINERJA_DATA_DIR", null);
    return configured != null ? Path.of(configured) : Launcher.repoRoot().resolve(".kinerja");
  }

  private static String setting(Function<String, String> settings, String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = settings.apply(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
