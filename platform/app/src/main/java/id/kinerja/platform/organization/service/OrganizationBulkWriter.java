package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.domain.ImportRow;
import id.kinerja.platform.organization.domain.OrganizationCsv;
import id.kinerja.platform.security.service.UserAccount;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The core of the organisation import on one plain JDBC connection (JDK and JDBC only, no Jakarta
 * EE), so that the WAR and a command-line benchmark run the same code: reads the region's
 * employees, validates the file against them, then writes units and employees set-wise (one {@code
 * insert ... on conflict do update} per chunk of {@value #CHUNK} rows, supervisor links included)
 * instead of row by row.
 *
 * <p>The connection must be in a transaction whose {@code app.tenant_id} is the region (row-level
 * security stays on: every statement sees and writes the region's rows only); this class neither
 * commits nor rolls back. Rows whose data does not change are not written, so a re-import leaves
 * their versions as they are.
 */
public final class OrganizationBulkWriter {

  /** Rows per upsert statement. */
  static final int CHUNK = 10_000;

  /** First key of the import's advisory lock (the second is the region's hash): "impo". */
  static final int LOCK_CLASS = 0x696d706f;

  /** The id sequence's increment, the entities' allocation size: one value reserves 50 ids. */
  private static final int ALLOCATION = 50;

  private final Connection connection;
  private final String regionCode;
  private final String regionName;

  /**
   * @param connection a connection in a transaction whose {@code app.tenant_id} is {@code
   *     regionCode}
   * @param regionCode the region's code
   * @param regionName the region's name, for its root unit when the region has none yet
   */
  public OrganizationBulkWriter(Connection connection, String regionCode, String regionName) {
    this.connection = connection;
    this.regionCode = regionCode;
    this.regionName = regionName;
  }

  /**
   * What an import applied.
   *
   * @param report the counts, the refused rows and the error report
   * @param accounts the imported employees, for Keycloak
   */
  public record Applied(ImportReport report, List<UserAccount> accounts) {}

  /**
   * An employee's stored data, as the region has it or as the import makes it.
   *
   * @param supervisorNip the supervisor's NIP, for validation only (not compared)
   */
  private record State(
      long id,
      long version,
      String name,
      String position,
      String kind,
      String type,
      String email,
      long unitId,
      Long supervisorId,
      String supervisorNip) {

    boolean sameData(State other) {
      return name.equals(other.name)
          && position.equals(other.position)
          && kind.equals(other.kind)
          && type.equals(other.type)
          && Objects.equals(email, other.email)
          && unitId == other.unitId
          && Objects.equals(supervisorId, other.supervisorId);
    }
  }

  /** The region's data changed under the import (another writer): nothing was imported. */
  public static final class ConcurrentChange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConcurrentChange(String message) {
      super(message);
    }
  }

  /**
   * Parses and validates {@code csv} against the region's data, then writes the valid rows.
   *
   * @throws SQLException when the database refuses a statement; the caller rolls back
   * @throws IllegalStateException when the connection's tenant is not the region
   * @throws ConcurrentChange when an employee changed between reading and writing
   */
  public Applied apply(byte[] csv) throws SQLException {
    OrganizationCsv.Parsed parsed = OrganizationCsv.parse(csv);
    if (parsed.refused()) {
      return new Applied(
          new ImportReport(
              0,
              0,
              0,
              parsed.rows().size(),
              0,
              parsed.fileProblems(),
              text(OrganizationCsv.errorReport(parsed, Map.of()))),
          List.of());
    }
    requireTenant();
    lockRegion();
    Map<String, State> known = employees();
    Map<String, String> links = new HashMap<>();
    known.forEach((nip, k) -> links.put(nip, k.supervisorNip()));
    Map<Integer, List<ImportProblem>> problems = OrganizationCsv.validate(parsed.rows(), links);

    Map<String, ImportRow> accepted = new LinkedHashMap<>();
    for (ImportRow row : parsed.rows()) {
      if (!problems.containsKey(row.row())) {
        accepted.put(row.nip(), row);
      }
    }
    Units units = new Units();
    units.reserve(accepted.values().stream().map(ImportRow::unit).toList());
    Map<String, Long> unitIds = new HashMap<>();
    for (ImportRow row : accepted.values()) {
      unitIds.computeIfAbsent(key(row.unit()), k -> units.idOf(row.unit()));
    }
    units.insertCreated();

    Map<String, Long> ids = new HashMap<>();
    known.forEach((nip, k) -> ids.put(nip, k.id()));
    List<String> fresh = accepted.keySet().stream().filter(n -> !known.containsKey(n)).toList();
    Long[] freshIds = ids(fresh.size());
    for (int i = 0; i < freshIds.length; i++) {
      ids.put(fresh.get(i), freshIds[i]);
    }
    // What each row makes of its employee: written only when new or different.
    Map<String, State> inserts = new LinkedHashMap<>();
    Map<String, State> updates = new LinkedHashMap<>();
    for (ImportRow row : accepted.values()) {
      State before = known.get(row.nip());
      State after = target(row, before, ids, unitIds);
      if (before == null) {
        inserts.put(row.nip(), after);
      } else if (!after.sameData(before)) {
        updates.put(row.nip(), after);
      }
    }
    write(inserts, false);
    write(updates, true);

    List<ImportProblem> all = new ArrayList<>();
    problems.values().forEach(all::addAll);
    List<UserAccount> accounts = new ArrayList<>(accepted.size());
    for (ImportRow row : accepted.values()) {
      State before = known.get(row.nip());
      accounts.add(
          new UserAccount(
              row.nip(),
              row.name(),
              row.email() != null || before == null ? row.email() : before.email()));
    }
    ImportReport report =
        new ImportReport(
            inserts.size(),
            updates.size(),
            accepted.size() - inserts.size() - updates.size(),
            problems.size(),
            units.created.size(),
            all,
            problems.isEmpty() ? "" : text(OrganizationCsv.errorReport(parsed, problems)));
    return new Applied(report, accounts);
  }

  private void requireTenant() throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement("select current_setting('app.tenant_id', true)");
        ResultSet result = statement.executeQuery()) {
      String tenant = result.next() ? result.getString(1) : null;
      if (!regionCode.equals(tenant)) {
        throw new IllegalStateException(
            "The connection's tenant is '" + tenant + "', not the region " + regionCode);
      }
    }
  }

  /**
   * Serialises the imports of a region until the transaction ends, so that two imports never create
   * the same unit or work from each other's stale view of the reporting lines.
   */
  private void lockRegion() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
      statement.setInt(1, LOCK_CLASS);
      statement.setString(2, regionCode);
      statement.execute();
    }
  }

  /** The region's employees by NIP (row-level security confines the query to the region). */
  private Map<String, State> employees() throws SQLException {
    Map<String, State> known = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select e.nip, e.id, e.version, e.name, e.position_name, e.position_kind,"
                + " e.employment_type, e.email, e.unit_id, e.supervisor_id, s.nip"
                + " from employee e left join employee s"
                + " on s.tenant_id = e.tenant_id and s.id = e.supervisor_id")) {
      statement.setFetchSize(CHUNK);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          long supervisor = result.getLong(10);
          Long supervisorId = result.wasNull() ? null : supervisor;
          known.put(
              result.getString(1),
              new State(
                  result.getLong(2),
                  result.getLong(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7),
                  result.getString(8),
                  result.getLong(9),
                  supervisorId,
                  result.getString(11)));
        }
      }
    }
    return known;
  }

  /**
   * The employee as {@code row} makes it. Without the e-mail or supervisor column the employee
   * keeps theirs; an empty cell removes it.
   */
  private static State target(
      ImportRow row, State before, Map<String, Long> ids, Map<String, Long> unitIds) {
    String email = row.email() == null ? (before == null ? null : before.email()) : row.email();
    Long supervisorId =
        row.supervisorNip() == null
            ? (before == null ? null : before.supervisorId())
            : (row.supervisorNip().isEmpty() ? null : ids.get(row.supervisorNip()));
    return new State(
        ids.get(row.nip()),
        before == null ? 0 : before.version(),
        row.name(),
        row.position(),
        row.parsedPositionKind().name(),
        row.parsedStatus().name(),
        email == null || email.isEmpty() ? null : email,
        unitIds.get(key(row.unit())),
        supervisorId,
        row.supervisorNip());
  }

  /**
   * Inserts new employees, or updates changed ones (version checked and increased), in statements
   * of {@value #CHUNK} rows. Supervisor links may point to employees of later chunks: the foreign
   * key is checked at commit, and validation refused cycles across the file and the region, so the
   * committed links form no cycle.
   */
  private void write(Map<String, State> employees, boolean update) throws SQLException {
    String sql =
        update
            ? "update employee e set name = u.name, position_name = u.position_name,"
                + " position_kind = u.position_kind, employment_type = u.employment_type,"
                + " email = u.email, unit_id = u.unit_id, supervisor_id = u.supervisor_id,"
                + " version = e.version + 1"
                + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::bigint[], ?::bigint[]) as u(id, version, name,"
                + " position_name, position_kind, employment_type, email, unit_id, supervisor_id)"
                + " where e.id = u.id and e.version = u.version"
            : "insert into employee (id, nip, name, position_name, position_kind,"
                + " employment_type, email, unit_id, supervisor_id)"
                + " select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::bigint[], ?::bigint[])";
    List<Map.Entry<String, State>> all = new ArrayList<>(employees.entrySet());
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Map.Entry<String, State>> chunk =
            all.subList(from, Math.min(all.size(), from + CHUNK));
        int n = chunk.size();
        Long[] ids = new Long[n];
        Long[] versions = new Long[n];
        String[] nips = new String[n];
        String[] names = new String[n];
        String[] positions = new String[n];
        String[] kinds = new String[n];
        String[] types = new String[n];
        String[] emails = new String[n];
        Long[] units = new Long[n];
        Long[] supervisors = new Long[n];
        for (int i = 0; i < n; i++) {
          State e = chunk.get(i).getValue();
          ids[i] = e.id();
          versions[i] = e.version();
          nips[i] = chunk.get(i).getKey();
          names[i] = e.name();
          positions[i] = e.position();
          kinds[i] = e.kind();
          types[i] = e.type();
          emails[i] = e.email();
          units[i] = e.unitId();
          supervisors[i] = e.supervisorId();
        }
        statement.setArray(1, array("bigint", ids));
        // The update matches on id and version, the insert needs the NIP.
        statement.setArray(2, update ? array("bigint", versions) : array("text", nips));
        statement.setArray(3, array("text", names));
        statement.setArray(4, array("text", positions));
        statement.setArray(5, array("text", kinds));
        statement.setArray(6, array("text", types));
        statement.setArray(7, array("text", emails));
        statement.setArray(8, array("bigint", units));
        statement.setArray(9, array("bigint", supervisors));
        int written = statement.executeUpdate();
        if (written != n) {
          throw new ConcurrentChange(
              (n - written) + " of " + n + " employees changed while the import ran");
        }
      }
    }
  }

  /** {@code n} new ids from the shared sequence, 50 per value drawn, as the entities use it. */
  private Long[] ids(int n) throws SQLException {
    Long[] ids = new Long[n];
    int blocks = (n + ALLOCATION - 1) / ALLOCATION;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select nextval('kinerja_id_seq') from generate_series(1, ?)")) {
      statement.setInt(1, blocks);
      try (ResultSet result = statement.executeQuery()) {
        int i = 0;
        while (result.next()) {
          long last = result.getLong(1);
          for (long id = last - ALLOCATION + 1; id <= last && i < n; id++) {
            ids[i++] = id;
          }
        }
      }
    }
    return ids;
  }

  private Array array(String type, Object[] values) throws SQLException {
    return connection.createArrayOf(type, values);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Unit names match ignoring case and repeated spaces. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The region's units by name; missing ones are created under the root unit. */
  private final class Units {
    private record Unit(long id, String code, String name, Long parent) {}

    private final Map<String, Unit> byName = new HashMap<>();
    private final Set<String> codes = new HashSet<>();
    private final List<Unit> created = new ArrayList<>();
    private final ArrayDeque<Long> spare = new ArrayDeque<>();
    private Unit root;

    Units() {
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "select id, code, name, parent_id from org_unit order by id");
          ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          long parentId = result.getLong(4);
          Long parent = result.wasNull() ? null : parentId;
          Unit unit = new Unit(result.getLong(1), result.getString(2), result.getString(3), parent);
          byName.putIfAbsent(key(unit.name()), unit);
          codes.add(unit.code());
          if (root == null && unit.parent() == null) {
            root = unit;
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read the region's units", e);
      }
    }

    /** The id of the unit named {@code name}, planning a new unit when there is none. */
    long idOf(String name) {
      Unit unit = byName.get(key(name));
      if (unit != null) {
        return unit.id();
      }
      if (root == null) {
        root = plan(code(regionCode), regionName, null);
        if (key(name).equals(key(regionName))) {
          return root.id();
        }
      }
      return plan(code(name), name, root.id()).id();
    }

    /** Draws the ids of the units {@code names} may create (and of a root unit) in one query. */
    void reserve(List<String> names) throws SQLException {
      long missing =
          names.stream()
              .map(OrganizationBulkWriter::key)
              .distinct()
              .filter(k -> !byName.containsKey(k))
              .count();
      if (missing > 0) {
        spare.addAll(Arrays.asList(ids((int) missing + 1)));
      }
    }

    private Unit plan(String code, String name, Long parent) {
      Unit unit = new Unit(spare.remove(), code, name, parent);
      byName.put(key(name), unit);
      created.add(unit);
      return unit;
    }

    /** Writes the planned units, parents first. */
    void insertCreated() throws SQLException {
      if (created.isEmpty()) {
        return;
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "insert into org_unit (id, code, name, parent_id) values (?, ?, ?, ?)")) {
        for (Unit unit : created) {
          statement.setLong(1, unit.id());
          statement.setString(2, unit.code());
          statement.setString(3, unit.name());
          if (unit.parent() == null) {
            statement.setNull(4, Types.BIGINT);
          } else {
            statement.setLong(4, unit.parent());
          }
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }

    private String code(String name) {
      String base =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("(^-|-$)", "");
      if (base.isEmpty()) {
        base = "unit";
      }
      if (base.length() > 60) {
        base = base.substring(0, 60);
      }
      String code = base;
      for (int i = 2; !codes.add(code); i++) {
        code = base + "-" + i;
      }
      return code;
    }
  }
}
