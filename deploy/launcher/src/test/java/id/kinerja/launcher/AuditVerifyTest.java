package id.kinerja.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operators' audit verification against a real embedded PostgreSQL with the platform's own
 * migrations: an intact chain is OK (exit 0); a row changed by the owner, who must disable the
 * append-only trigger to do so, is reported as the first broken event (exit 1). The tests build on
 * each other: they run in order.
 */
class AuditVerifyTest {

  private static final String KUPANG = "kupang";
  private static final String OTHER = "tanjungbalai";

  @TempDir static Path dir;
  private static EmbeddedDatabase db;

  @BeforeAll
  static void start() throws SQLException {
    db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
    Flyway.configure()
        .dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
        .locations("filesystem:../../platform/app/src/main/resources/db/migration")
        .placeholders(Map.of("appRole", db.appUser()))
        .load()
        .migrate();
    try (Connection owner = owner();
        Statement statement = owner.createStatement()) {
      statement.execute(
          "insert into tenant (code, name, kind, time_zone, evaluation_period) values"
              + " ('kupang', 'Kota Kupang', 'KOTA', 'Asia/Makassar', 'MONTHLY'),"
              + " ('tanjungbalai', 'Kota Tanjungbalai', 'KOTA', 'Asia/Jakarta', 'MONTHLY')");
    }
    appendChain(KUPANG, 3);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static Connection owner() throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }

  /** Appends {@code n} linked events as the application does: as its role, in the region. */
  private static void appendChain(String region, int n) throws SQLException {
    try (Connection app =
        DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword())) {
      app.setAutoCommit(false);
      try (PreparedStatement set =
          app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, region);
        set.execute();
      }
      String prev = AuditChain.GENESIS_HASH;
      try (PreparedStatement insert =
          app.prepareStatement(
              "insert into audit_event (tenant_id, seq, occurred_at, actor, entity_type,"
                  + " entity_id, action, before, after, prev_hash, hash)"
                  + " values (?, ?, cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int seq = 1; seq <= n; seq++) {
          AuditEvent e =
              AuditEvent.link(
                  region,
                  seq,
                  Instant.now(),
                  "199001012015011001",
                  "evaluation_period",
                  "42",
                  "lock",
                  "{\"state\":\"OPEN\"}",
                  "{\"state\":\"LOCKED\"}",
                  prev);
          insert.setString(1, e.tenantId());
          insert.setLong(2, e.seq());
          insert.setString(3, AuditChain.TIMESTAMP.format(e.occurredAt()));
          insert.setString(4, e.actor());
          insert.setString(5, e.entityType());
          insert.setString(6, e.entityId());
          insert.setString(7, e.action());
          insert.setString(8, e.before());
          insert.setString(9, e.after());
          insert.setString(10, e.prevHash());
          insert.setString(11, e.hash());
          insert.executeUpdate();
          prev = e.hash();
        }
      }
      app.commit();
    }
  }

  private record Outcome(int status, String out, String err) {}

  private static Outcome command(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env =
        Map.of(
            "KINERJA_DB_URL", db.jdbcUrl(),
            "KINERJA_DB_USER", db.ownerUser(),
            "KINERJA_DB_PASSWORD", db.ownerPassword());
    int status =
        AuditVerify.run(
            args,
            env::get,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anIntactChainIsReportedOkWithItsEventCount() {
    Outcome outcome = command(KUPANG);
    assertEquals(AuditVerify.OK, outcome.status(), outcome.toString());
    assertTrue(outcome.out().startsWith("kupang: 3 events checked, OK"), outcome.out());
  }

  @Test
  void withoutArgumentsEveryRegionIsVerified() {
    Outcome outcome = command();
    assertEquals(AuditVerify.OK, outcome.status(), outcome.toString());
    assertTrue(outcome.out().contains("kupang: 3 events checked, OK"), outcome.out());
    assertTrue(outcome.out().contains("tanjungbalai: 0 events checked, OK"), outcome.out());
  }

  @Test
  void anUnknownRegionIsAnErrorNotAnEmptyChain() {
    Outcome outcome = command("nowhere");
    assertEquals(AuditVerify.FAILED, outcome.status(), outcome.toString());
    assertTrue(outcome.err().contains("Unknown region: nowhere"), outcome.err());
  }

  @Test
  void aRowChangedByTheOwnerIsReportedAsTheFirstBrokenEventWithAFailingStatus()
      throws SQLException {
    setAfterOfEvent2("{\"state\":\"OPEN\"}");
    try {
      Outcome outcome = command(KUPANG, OTHER);
      assertEquals(AuditVerify.BROKEN, outcome.status(), outcome.toString());
      assertTrue(
          outcome.out().contains("kupang: BROKEN at event 2 (after 1 intact events)"),
          outcome.out());
      assertTrue(outcome.out().contains("does not match its hash"), outcome.out());
      assertTrue(outcome.out().contains("tanjungbalai: 0 events checked, OK"), outcome.out());
    } finally {
      setAfterOfEvent2("{\"state\":\"LOCKED\"}"); // the other tests expect an intact chain
    }
  }

  /** Changes Kupang's second event as only the database owner can, past the append-only guard. */
  private static void setAfterOfEvent2(String after) throws SQLException {
    try (Connection owner = owner();
        PreparedStatement update =
            owner.prepareStatement("update audit_event set after = ? where seq = 2")) {
      owner.setAutoCommit(false);
      try (Statement statement = owner.createStatement()) {
        statement.execute("alter table audit_event disable trigger audit_event_append_only");
        statement.execute("select set_config('app.tenant_id', 'kupang', true)");
      }
      update.setString(1, after);
      assertEquals(1, update.executeUpdate());
      try (Statement statement = owner.createStatement()) {
        statement.execute("alter table audit_event enable trigger audit_event_append_only");
      }
      owner.commit();
    }
  }
}
