package id.kinerja.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.tenancy.service.DataSourceConfig;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two walls of tenant isolation, and the schema they stand on, checked inside the real WAR on a
 * real Payara Micro against a real PostgreSQL with the demo data of tenants-config loaded.
 *
 * <p>One deployment (one Payara start) serves every test here, migrations included, to keep the
 * build fast. The test requests reach the container through the real tenant filter as {@code
 * tanjungbalai.localhost}; each test sets the region it works for explicitly.
 *
 * <p>When every test fails with "ArquillianServletRunnerEE9 not found", the WAR did not deploy:
 * Payara Micro still starts, so the cause is in its log above the test results (look for SEVERE).
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class TenantIsolationIT {

  private static final String TANJUNGBALAI = "tanjungbalai";
  private static final String KUPANG = "kupang";

  /** SQL states of a refused write: RLS policy violation, not-null violation, check violation. */
  private static final Set<String> REFUSED = Set.of("42501", "23502", "23514");

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(TenantIsolationIT.class);
  }

  @Inject EmployeeDirectory directory;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  // ---- (a) each region sees its own employees, and only those ----

  @Test
  void eachRegionCountsExactlyTheEmployeesOfItsOwnDemoData() throws IOException {
    long tanjungbalai = inRegion(TANJUNGBALAI, () -> directory.count(""));
    long kupang = inRegion(KUPANG, () -> directory.count(""));
    assertEquals(demoNips(TANJUNGBALAI).size(), tanjungbalai);
    assertEquals(demoNips(KUPANG).size(), kupang);
  }

  @Test
  void aRegionListsOnlyItsOwnEmployees() throws IOException {
    Set<String> listed =
        inRegion(KUPANG, () -> directory.search("", 0, EmployeeDirectory.MAX_PAGE)).stream()
            .map(EmployeeSummary::nip)
            .collect(Collectors.toSet());
    assertEquals(Set.copyOf(demoNips(KUPANG)), listed);
  }

  @Test
  void noTanjungbalaiNipIsFoundInKupang() throws IOException {
    List<String> nips = demoNips(TANJUNGBALAI);
    assertFalse(nips.isEmpty());
    for (String nip : nips) {
      assertTrue(inRegion(TANJUNGBALAI, () -> directory.byNip(nip)).isPresent(), nip);
      assertTrue(inRegion(KUPANG, () -> directory.byNip(nip)).isEmpty(), nip);
    }
  }

  // ---- (b), (c) the second wall alone: raw JDBC on the application's own pool ----

  @Test
  void rawJdbcWithoutTenantSeesNoRows() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(0, longOf(connection, "select count(*) from employee"));
      assertEquals(0, longOf(connection, "select count(*) from org_unit"));
      // The same connection with the region set sees them: the 0 is the policy, not an empty table.
      assertEquals(
          demoNips(KUPANG).size(),
          inTenantTransaction(
              connection, KUPANG, () -> longOf(connection, "select count(*) from employee")));
    }
  }

  @Test
  void rawJdbcInsertWithoutTenantIsRefused() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      long unitId =
          inTenantTransaction(
              connection,
              KUPANG,
              () -> longOf(connection, "select min(id) from org_unit where tenant_id = 'kupang'"));
      long before = demoNips(KUPANG).size();

      // Control: the very same statements are valid and accepted once the region is set.
      assertEquals(
          2,
          inTenantTransaction(
              connection,
              KUPANG,
              () -> {
                int rows = insertEmployee(connection, null, "209912312099121001", unitId);
                rows += insertEmployee(connection, KUPANG, "209912312099121002", unitId);
                connection.rollback();
                return (long) rows;
              }));

      assertTrue(connection.getAutoCommit());
      assertRefused(
          assertThrows(
              SQLException.class,
              () -> insertEmployee(connection, null, "209912312099121003", unitId)));
      assertRefused(
          assertThrows(
              SQLException.class,
              () -> insertEmployee(connection, KUPANG, "209912312099121004", unitId)));
      assertRefused(
          assertThrows(
              SQLException.class,
              () ->
                  update(
                      connection,
                      "insert into org_unit (tenant_id, id, code, name) values"
                          + " ('kupang', nextval('kinerja_id_seq'), 'uji', 'Uji')")));

      assertEquals(
          before,
          inTenantTransaction(
              connection, KUPANG, () -> longOf(connection, "select count(*) from employee")));
    }
  }

  // ---- (d) a crafted cross-tenant read and write ----

  @Test
  void kupangCanNeitherFindNorUpdateNorDeleteATanjungbalaiEmployee() throws Exception {
    String nip = demoNips(TANJUNGBALAI).get(1);
    EmployeeSummary victim = inRegion(TANJUNGBALAI, () -> directory.byNip(nip)).orElseThrow();
    List<Object> before = employeeRow(TANJUNGBALAI, victim.id());

    transaction.begin();
    try {
      InRegion.run(
          KUPANG,
          () -> {
            EntityManager em = entityManager.get();
            assertNull(em.find(Employee.class, victim.id()));
            assertEquals(
                0,
                em.createQuery("update Employee e set e.name = :name where e.id = :id")
                    .setParameter("name", "Diubah dari Kupang (JPQL)")
                    .setParameter("id", victim.id())
                    .executeUpdate());
            assertEquals(
                0,
                em.createNativeQuery("update employee set name = ? where id = ?")
                    .setParameter(1, "Diubah dari Kupang (SQL)")
                    .setParameter(2, victim.id())
                    .executeUpdate());
            assertEquals(
                0,
                em.createNativeQuery("update employee set tenant_id = 'kupang' where id = ?")
                    .setParameter(1, victim.id())
                    .executeUpdate());
            assertEquals(
                0,
                em.createNativeQuery("delete from employee where id = ?")
                    .setParameter(1, victim.id())
                    .executeUpdate());
          });
      transaction.commit();
    } finally {
      rollbackIfActive();
    }

    assertEquals(before, employeeRow(TANJUNGBALAI, victim.id()));
    assertEquals(victim, inRegion(TANJUNGBALAI, () -> directory.byNip(nip)).orElseThrow());
  }

  // ---- (e) the database is set up so that the second wall holds ----

  @Test
  void rowLevelSecurityIsForcedOnEveryTenantTableAndTheApplicationRoleOwnsNone()
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertTrue(
          booleanOf(
              connection, "select relforcerowsecurity from pg_class where relname = 'employee'"));

      String user = stringOf(connection, "select current_user");
      assertEquals(System.getProperty("kinerja.db.user"), user);
      assertNotEquals(
          stringOf(
              connection,
              "select pg_get_userbyid(relowner) from pg_class where relname = 'employee'"),
          user);
      assertFalse(
          booleanOf(
              connection,
              "select rolsuper or rolbypassrls from pg_roles where rolname = current_user"));
      assertEquals(
          0,
          longOf(
              connection,
              "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                  + " where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user"));

      List<List<Object>> tenantTables =
          rows(
              connection,
              "select c.relname, c.relrowsecurity, c.relforcerowsecurity,"
                  + " (select count(*) from pg_policy p where p.polrelid = c.oid)"
                  + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                  + " join pg_attribute a on a.attrelid = c.oid"
                  + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                  + " and a.attname = 'tenant_id' and not a.attisdropped order by c.relname");
      assertTrue(tenantTables.size() >= 3, tenantTables.toString());
      for (List<Object> table : tenantTables) {
        assertEquals(true, table.get(1), "row level security enabled on " + table.get(0));
        assertEquals(true, table.get(2), "row level security forced on " + table.get(0));
        assertNotEquals(0L, table.get(3), "a policy on " + table.get(0));
      }
    }
  }

  // ---- (f) optimistic locking ----

  @Test
  void theSecondOfTwoConcurrentChangesToAnEmployeeFailsWithAnOptimisticLock() throws Exception {
    List<EmployeeSummary> staff =
        inRegion(KUPANG, () -> directory.search("", 0, EmployeeDirectory.MAX_PAGE));
    EmployeeSummary top =
        staff.stream().filter(e -> e.appraiserNip() == null).findFirst().orElseThrow();
    Set<String> appraisers =
        staff.stream()
            .map(EmployeeSummary::appraiserNip)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    // Employees who appraise nobody and are not under the top official directly: moving them
    // under the top official or under each other is always a change and never a cycle.
    List<EmployeeSummary> leaves =
        staff.stream()
            .filter(e -> !appraisers.contains(e.nip()))
            .filter(e -> e.appraiserNip() != null && !e.appraiserNip().equals(top.nip()))
            .toList();
    EmployeeSummary subject = leaves.get(0);
    EmployeeSummary otherLeaf = leaves.get(1);
    List<Object> before = employeeRow(KUPANG, subject.id());
    long versionBefore = (Long) before.get(3);

    transaction.begin();
    try {
      Employee mine =
          InRegion.call(KUPANG, () -> entityManager.get().find(Employee.class, subject.id()));
      assertEquals(versionBefore, mine.getVersion());

      // Meanwhile another transaction changes the same employee and commits first.
      executor
          .submit(() -> setSupervisorInOwnTransaction(subject.id(), otherLeaf.id()))
          .get(60, TimeUnit.SECONDS);

      InRegion.run(
          KUPANG, () -> mine.setSupervisor(entityManager.get().find(Employee.class, top.id())));
      RollbackException failure = assertThrows(RollbackException.class, transaction::commit);
      assertTrue(
          causes(failure)
              .anyMatch(
                  t ->
                      t instanceof jakarta.persistence.OptimisticLockException
                          || t
                              instanceof
                              org.eclipse.persistence.exceptions.OptimisticLockException),
          () -> "not an optimistic lock failure: " + describe(failure));
    } finally {
      rollbackIfActive();
    }

    // The first writer's change stands.
    List<Object> after = employeeRow(KUPANG, subject.id());
    assertEquals(otherLeaf.id(), after.get(2));
    assertEquals(versionBefore + 1, after.get(3));
    // Other test classes share Kupang's demo organisation: put the reporting line back.
    setSupervisorInOwnTransaction(subject.id(), ((Number) before.get(2)).longValue());
  }

  // ---- migrations ----

  @Test
  void flywayHasAppliedV1AndNothingIsPending() throws SQLException {
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setURL(System.getProperty("kinerja.db.url"));
    owner.setUser(System.getProperty("kinerja.db.owner.user"));
    owner.setPassword(System.getProperty("kinerja.db.owner.password"));
    try (Connection connection = owner.getConnection()) {
      List<List<Object>> v1 =
          rows(
              connection,
              "select description, success from flyway_schema_history where version = '1'");
      assertEquals(List.of(List.of("tenancy and organization", true)), v1);
    }

    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(owner)
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", System.getProperty("kinerja.db.user")))
            .load();
    MigrationInfoService info = flyway.info();
    assertEquals(0, info.pending().length, "pending migrations");
    assertTrue(info.applied().length >= 1);
    assertTrue(flyway.validateWithResult().validationSuccessful, "applied migrations unchanged");
  }

  // ---- helpers ----

  private static <T> T inRegion(String region, Supplier<T> work) {
    return InRegion.call(region, work);
  }

  private Void setSupervisorInOwnTransaction(long employeeId, long supervisorId) throws Exception {
    transaction.begin();
    try {
      InRegion.run(
          KUPANG,
          () -> {
            EntityManager em = entityManager.get();
            em.find(Employee.class, employeeId)
                .setSupervisor(em.find(Employee.class, supervisorId));
          });
      transaction.commit();
    } finally {
      rollbackIfActive();
    }
    return null;
  }

  private void rollbackIfActive() throws Exception {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
  }

  /** Runs {@code work} in a local transaction of {@code connection} with the region set for RLS. */
  private static long inTenantTransaction(
      Connection connection, String region, InRegion.Work<Long> work) throws Exception {
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement set =
          connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, region);
        set.execute();
      }
      return work.run();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /** Name, NIP, supervisor id and version of an employee, read with the region set. */
  private List<Object> employeeRow(String region, long id) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      List<List<Object>> found = new ArrayList<>();
      inTenantTransaction(
          connection,
          region,
          () -> {
            found.addAll(
                rows(
                    connection,
                    "select name, nip, supervisor_id, version from employee where id = " + id));
            return 0L;
          });
      assertEquals(1, found.size(), "employee " + id + " in " + region);
      return found.get(0);
    }
  }

  private static int insertEmployee(Connection connection, String tenant, String nip, long unitId)
      throws SQLException {
    String sql =
        tenant == null
            ? "insert into employee (id, nip, name, position_name, position_kind, employment_type,"
                + " unit_id) values (nextval('kinerja_id_seq'), ?, 'Uji Tanpa Region', 'Pelaksana',"
                + " 'PELAKSANA', 'PNS', ?)"
            : "insert into employee (tenant_id, id, nip, name, position_name, position_kind,"
                + " employment_type, unit_id) values (?, nextval('kinerja_id_seq'), ?,"
                + " 'Uji Tanpa Region', 'Pelaksana', 'PELAKSANA', 'PNS', ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int i = 1;
      if (tenant != null) {
        insert.setString(i++, tenant);
      }
      insert.setString(i++, nip);
      insert.setLong(i, unitId);
      return insert.executeUpdate();
    }
  }

  private static void assertRefused(SQLException e) {
    String state =
        causes(e)
            .filter(SQLException.class::isInstance)
            .map(t -> ((SQLException) t).getSQLState())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    if (!REFUSED.contains(state)) {
      fail("expected a refusal by the database (" + REFUSED + "), got " + state + ": " + e, e);
    }
  }

  private static int update(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    }
  }

  private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = result.getObject(i);
          row.add(value instanceof String s ? s.strip() : value);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static Object single(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = rows(connection, sql);
    assertEquals(1, rows.size(), sql);
    return rows.get(0).get(0);
  }

  private static long longOf(Connection connection, String sql) throws SQLException {
    return ((Number) single(connection, sql)).longValue();
  }

  private static boolean booleanOf(Connection connection, String sql) throws SQLException {
    return (Boolean) single(connection, sql);
  }

  private static String stringOf(Connection connection, String sql) throws SQLException {
    return (String) single(connection, sql);
  }

  /** The NIPs of a region's demo employees, in file order, straight from tenants-config. */
  private static List<String> demoNips(String region) throws IOException {
    Path csv = Path.of(System.getProperty("kinerja.tenants.dir"), region, "demo", "employees.csv");
    try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      List<String> nips =
          lines
              .skip(1)
              .filter(line -> !line.isBlank())
              .map(line -> line.substring(0, line.indexOf(',')).strip())
              .toList();
      assertEquals(nips.size(), new HashSet<>(nips).size(), "distinct NIPs in " + csv);
      return nips;
    }
  }

  private static Stream<Throwable> causes(Throwable t) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
      chain.add(c);
      if (c instanceof SQLException sql && sql.getNextException() != null) {
        chain.add(sql.getNextException());
      }
    }
    return chain.stream();
  }

  private static String describe(Throwable t) {
    return causes(t).map(Throwable::toString).collect(Collectors.joining(" <- "));
  }
}
