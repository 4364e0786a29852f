package id.kinerja.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.auditverifier.AuditChain;
import id.kinerja.auditverifier.AuditEvent;
import id.kinerja.auditverifier.AuditEvents;
import id.kinerja.auditverifier.ChainVerdict;
import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.audit.service.AuditVerifier;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.DataSourceConfig;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The audit trail inside the real WAR on Payara Micro and PostgreSQL: per-region chains, the
 * append-only table, tampering found by the verification, concurrent appends, rollback and
 * isolation. One class, one Payara start. Each test writes the events it needs and counts from the
 * chains' heads, so the tests run in any order and beside other integration tests.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class AuditTrailIT {

  private static final String TANJUNGBALAI = "tanjungbalai";
  private static final String KUPANG = "kupang";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(AuditTrailIT.class);
  }

  @Inject AuditTrail audit;
  @Inject AuditVerifier verifier;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void appendsInTwoRegionsFormTwoIndependentChainsEachStartingAtOne() throws Exception {
    // Other integration tests may have written to these regions' chains: count from their heads.
    List<AuditEvent> tanjungbalaiBefore = events(TANJUNGBALAI);
    List<AuditEvent> kupangBefore = events(KUPANG);
    for (int i = 0; i < 3; i++) {
      String id = "t" + i;
      inTransaction(TANJUNGBALAI, () -> audit.record("test", id, "create", null, Map.of("i", 1)));
    }
    for (int i = 0; i < 2; i++) {
      String id = "k" + i;
      inTransaction(KUPANG, () -> audit.record("test", id, "create", null, "{\"k\":1}"));
    }
    long t0 = tanjungbalaiBefore.size();
    long k0 = kupangBefore.size();
    List<AuditEvent> tanjungbalaiAll = events(TANJUNGBALAI);
    List<AuditEvent> kupangAll = events(KUPANG);
    List<AuditEvent> tanjungbalai = tanjungbalaiAll.subList((int) t0, tanjungbalaiAll.size());
    List<AuditEvent> kupang = kupangAll.subList((int) k0, kupangAll.size());
    assertEquals(
        List.of(t0 + 1, t0 + 2, t0 + 3), tanjungbalai.stream().map(AuditEvent::seq).toList());
    assertEquals(List.of(k0 + 1, k0 + 2), kupang.stream().map(AuditEvent::seq).toList());
    assertEquals(1L, tanjungbalaiAll.get(0).seq(), "each region's chain starts at one");
    assertEquals(1L, kupangAll.get(0).seq(), "each region's chain starts at one");
    assertEquals(AuditChain.GENESIS_HASH, tanjungbalaiAll.get(0).prevHash());
    assertEquals(AuditChain.GENESIS_HASH, kupangAll.get(0).prevHash());
    assertEquals(tanjungbalai.get(0).hash(), tanjungbalai.get(1).prevHash());
    if (t0 > 0) {
      assertEquals(tanjungbalaiBefore.get((int) t0 - 1).hash(), tanjungbalai.get(0).prevHash());
    }
    assertTrue(tanjungbalaiAll.stream().allMatch(e -> e.tenantId().equals(TANJUNGBALAI)));
    assertTrue(kupangAll.stream().allMatch(e -> e.tenantId().equals(KUPANG)));
    assertEquals("system", kupang.get(0).actor());
    assertEquals("{\"i\":1}", tanjungbalai.get(0).after());
    assertNull(tanjungbalai.get(0).before());

    assertValid(TANJUNGBALAI, t0 + 3);
    assertValid(KUPANG, k0 + 2);
  }

  @Test
  void openingAYearAndLockingAndUnlockingAPeriodAreRecordedWithBeforeAndAfter() throws Exception {
    int before = events(KUPANG).size();
    List<PeriodView> opened = inTransaction(KUPANG, () -> periods.openYear(2031));
    PeriodView month = opened.get(1);
    PeriodView locked =
        inTransaction(
            KUPANG, () -> periods.setState(month.id(), month.version(), PeriodState.LOCKED));
    inTransaction(KUPANG, () -> periods.setState(locked.id(), locked.version(), PeriodState.OPEN));

    List<AuditEvent> added = events(KUPANG).subList(before, before + 3);
    assertEquals(
        List.of("open_year", "lock", "unlock"), added.stream().map(AuditEvent::action).toList());
    assertTrue(added.stream().allMatch(e -> e.entityType().equals("evaluation_period")));
    assertEquals(String.valueOf(opened.get(0).id()), added.get(0).entityId());
    assertNull(added.get(0).before());
    assertTrue(added.get(0).after().contains("\"year\":2031"), added.get(0).after());
    assertEquals(String.valueOf(month.id()), added.get(1).entityId());
    assertTrue(added.get(1).before().contains("\"state\":\"OPEN\""), added.get(1).before());
    assertTrue(added.get(1).after().contains("\"state\":\"LOCKED\""), added.get(1).after());
    assertTrue(added.get(2).before().contains("\"state\":\"LOCKED\""), added.get(2).before());
    assertTrue(added.get(2).after().contains("\"state\":\"OPEN\""), added.get(2).after());
    assertValid(KUPANG, before + 3);
  }

  @Test
  void aRolledBackChangeLeavesNoAuditEvent() throws Exception {
    int open = 2033;
    if (inTransaction(KUPANG, () -> periods.periods(open)).isEmpty()) {
      inTransaction(KUPANG, () -> periods.openYear(open));
    }
    int before = events(KUPANG).size();
    transaction.begin();
    try {
      InRegion.run(
          KUPANG,
          () -> {
            periods.openYear(2032);
            assertEquals(before + 1, countInTransaction());
          });
    } finally {
      transaction.rollback();
    }
    // A refused change (the year is already open) records nothing either.
    assertThrows(RuleViolation.class, () -> inTransaction(KUPANG, () -> periods.openYear(open)));
    assertEquals(before, events(KUPANG).size());
    assertTrue(inTransaction(KUPANG, () -> periods.periods(2032)).isEmpty());
    assertValid(KUPANG, before);
  }

  @Test
  void recordingNeedsTheCallersTransaction() {
    assertThrows(
        TransactionalException.class,
        () -> InRegion.run(KUPANG, () -> audit.record("test", "x", "create", null, null)));
  }

  @Test
  void theApplicationRoleCanNeitherUpdateNorDeleteNorTruncateAuditEvents() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      for (String sql :
          List.of(
              "update audit_event set actor = 'forger' where seq = 1",
              "delete from audit_event where seq = 1",
              "truncate audit_event")) {
        SQLException refused =
            assertThrows(
                SQLException.class, () -> inJdbcTransaction(connection, TANJUNGBALAI, sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused);
      }
    }
    assertValid(TANJUNGBALAI, events(TANJUNGBALAI).size());
  }

  @Test
  void theOwnerIsStoppedByTheTriggerAndATamperedOrDeletedEventIsDetected() throws Exception {
    atLeastEvents(TANJUNGBALAI, 2);
    AuditEvent second = events(TANJUNGBALAI).get(1);
    try (Connection owner = ownerDataSource().getConnection()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  inJdbcTransaction(
                      owner,
                      TANJUNGBALAI,
                      "update audit_event set actor = 'forger' where seq = 2"));
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());

      // A deliberate change with the trigger disabled: found at seq 2, by the service and over
      // JDBC.
      tamper(owner, "update audit_event set after = '{\"i\":2}' where seq = 2");
      try {
        ChainVerdict changed = verify(TANJUNGBALAI);
        assertFalse(changed.valid());
        assertEquals(2L, changed.firstBrokenSeq());
        assertEquals(1, changed.events());
        assertTrue(changed.reason().contains("changed"), changed.reason());
        assertEquals(changed, AuditEvents.verify(owner, TANJUNGBALAI));
      } finally {
        tamper(owner, "update audit_event set after = '" + second.after() + "' where seq = 2");
      }
      assertValid(TANJUNGBALAI, events(TANJUNGBALAI).size());

      // A deleted event: found at its seq.
      tamper(owner, "delete from audit_event where seq = 2");
      try {
        ChainVerdict deleted = verify(TANJUNGBALAI);
        assertFalse(deleted.valid());
        assertEquals(2L, deleted.firstBrokenSeq());
        assertTrue(deleted.reason().contains("missing"), deleted.reason());
      } finally {
        reinsert(owner, second);
      }
      assertValid(TANJUNGBALAI, events(TANJUNGBALAI).size());
    }
  }

  @Test
  void concurrentAppendsOfOneRegionLeaveAValidGaplessChain() throws Exception {
    int before = events(TANJUNGBALAI).size();
    int threads = 2;
    int perThread = 20;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Future<Void>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String worker = "w" + t;
      done.add(
          executor.submit(
              () -> {
                start.await(30, TimeUnit.SECONDS);
                for (int i = 0; i < perThread; i++) {
                  String id = worker + "-" + i;
                  inTransaction(TANJUNGBALAI, () -> audit.record("test", id, "create", null, "{}"));
                }
                return null;
              }));
    }
    for (Future<Void> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    List<AuditEvent> all = events(TANJUNGBALAI);
    assertEquals(before + threads * perThread, all.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, all.get(i).seq());
    }
    assertValid(TANJUNGBALAI, all.size());
  }

  @Test
  void anotherRegionCannotReadThisRegionsEvents() throws Exception {
    atLeastEvents(TANJUNGBALAI, 1);
    assertFalse(events(TANJUNGBALAI).isEmpty());
    long seen =
        inTransaction(
            KUPANG,
            () ->
                ((Number)
                        entityManager
                            .get()
                            .createNativeQuery(
                                "select count(*) from audit_event where tenant_id = ?")
                            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                            .setParameter(1, TANJUNGBALAI)
                            .getSingleResult())
                    .longValue());
    assertEquals(0, seen);
    assertTrue(events(KUPANG).stream().allMatch(e -> e.tenantId().equals(KUPANG)));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement("select count(*) from audit_event");
        var rows = count.executeQuery()) {
      rows.next();
      assertEquals(0, rows.getLong(1), "no rows without a region");
    }
  }

  // ---- helpers ----

  /** Appends test events to the region's chain until it has at least {@code count}. */
  private void atLeastEvents(String region, int count) throws Exception {
    for (int i = events(region).size(); i < count; i++) {
      String id = "setup" + i;
      inTransaction(region, () -> audit.record("test", id, "create", null, Map.of("i", 1)));
    }
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }

  private long countInTransaction() {
    return ((Number)
            entityManager
                .get()
                .createNativeQuery("select count(*) from audit_event")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult())
        .longValue();
  }

  private List<AuditEvent> events(String region) throws Exception {
    return inTransaction(
        region,
        () -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              entityManager
                  .get()
                  .createNativeQuery(AuditChain.SELECT_EVENTS)
                  .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                  .setParameter(1, region)
                  .setParameter(2, 0L)
                  .setParameter(3, Integer.MAX_VALUE)
                  .getResultList();
          return rows.stream().map(AuditEvents::of).toList();
        });
  }

  private ChainVerdict verify(String region) throws Exception {
    AuditVerifier.RegionVerdict result = inTransaction(region, verifier::verify);
    assertEquals(region, result.region());
    return result.verdict();
  }

  private void assertValid(String region, long events) throws Exception {
    ChainVerdict verdict = verify(region);
    assertTrue(verdict.valid(), verdict::reason);
    assertEquals(events, verdict.events());
    assertNull(verdict.firstBrokenSeq());
    assertNotNull(verdict.headHash());
  }

  private static DataSource ownerDataSource() {
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setURL(System.getProperty("kinerja.db.url"));
    owner.setUser(System.getProperty("kinerja.db.owner.user"));
    owner.setPassword(System.getProperty("kinerja.db.owner.password"));
    return owner;
  }

  /** Runs {@code sql} in a local transaction of {@code connection} with the region set for RLS. */
  private static void inJdbcTransaction(Connection connection, String region, String sql)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement set =
          connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, region);
        set.execute();
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.execute();
      }
      connection.commit();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /** The owner's deliberate tampering in Tanjungbalai: the append-only trigger off and on again. */
  private static void tamper(Connection owner, String sql) throws SQLException {
    inJdbcTransaction(
        owner,
        TANJUNGBALAI,
        "alter table audit_event disable trigger audit_event_append_only; "
            + sql
            + "; alter table audit_event enable trigger audit_event_append_only");
  }

  private static void reinsert(Connection owner, AuditEvent e) throws SQLException {
    owner.setAutoCommit(false);
    try {
      try (PreparedStatement set =
          owner.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, e.tenantId());
        set.execute();
      }
      try (PreparedStatement insert =
          owner.prepareStatement(
              "insert into audit_event (tenant_id, seq, occurred_at, actor, entity_type,"
                  + " entity_id, action, before, after, prev_hash, hash)"
                  + " values (?, ?, cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      }
      owner.commit();
    } finally {
      owner.rollback();
      owner.setAutoCommit(true);
    }
  }
}
