package id.kinerja.platform.organization.bench;

import id.kinerja.launcher.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * An embedded PostgreSQL with the platform's schema (the WAR's own Flyway migrations, as the owner)
 * and two regions, for running the import's core outside Payara: connections as the application
 * role, so that row-level security applies as in the WAR.
 */
public final class BenchDatabase implements AutoCloseable {

  /** The region the benchmark imports into. */
  public static final String REGION = "bench";

  /** A second region, to check isolation. */
  public static final String OTHER = "other";

  private final EmbeddedDatabase database;

  private BenchDatabase(EmbeddedDatabase database) {
    this.database = database;
  }

  /** Starts a server in {@code data} (fresh or kept), migrates it and adds the two regions. */
  public static BenchDatabase start(Path data) throws SQLException {
    EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
    try {
      Flyway.configure(BenchDatabase.class.getClassLoader())
          .dataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())
          .locations("classpath:db/migration")
          .placeholders(Map.of("appRole", database.appUser()))
          .load()
          .migrate();
      BenchDatabase bench = new BenchDatabase(database);
      try (Connection owner = bench.owner();
          PreparedStatement insert =
              owner.prepareStatement(
                  "insert into tenant (code, name, kind, time_zone, evaluation_period)"
                      + " values (?, ?, 'KOTA', 'Asia/Jakarta', 'MONTHLY')"
                      + " on conflict (code) do nothing")) {
        for (String region : new String[] {REGION, OTHER}) {
          insert.setString(1, region);
          insert.setString(2, "Kota " + region);
          insert.executeUpdate();
        }
      }
      return bench;
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * A connection as the application role in a transaction whose {@code app.tenant_id} is {@code
   * region}, as EclipseLink's connection listener sets it in the WAR.
   */
  public Connection inRegion(String region) throws SQLException {
    Connection connection =
        DriverManager.getConnection(database.jdbcUrl(), database.appUser(), database.appPassword());
    connection.setAutoCommit(false);
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      set.setString(1, region);
      set.execute();
    }
    return connection;
  }

  /** A connection as the schema owner, auto-commit. */
  public Connection owner() throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
  }

  /** Removes the region's employees and units, and refreshes the planner's statistics. */
  public void empty(String region) throws SQLException {
    try (Connection connection = inRegion(region);
        Statement statement = connection.createStatement()) {
      statement.execute("delete from employee");
      statement.execute("delete from org_unit");
      connection.commit();
    }
    try (Connection owner = owner();
        Statement statement = owner.createStatement()) {
      statement.execute("vacuum analyze employee, org_unit");
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
