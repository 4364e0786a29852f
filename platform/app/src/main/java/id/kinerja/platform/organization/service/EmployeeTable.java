package id.kinerja.platform.organization.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's employee table on the import's connection: read whole, written set-wise in
 * statements of {@value OrganizationBulkWriter#CHUNK} rows (row-level security confines both to the
 * region).
 */
final class EmployeeTable {

  private static final String UPDATE =
      "update employee e set name = u.name, position_name = u.position_name,"
          + " position_kind = u.position_kind, employment_type = u.employment_type,"
          + " email = u.email, unit_id = u.unit_id, supervisor_id = u.supervisor_id,"
          + " version = e.version + 1"
          + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::bigint[], ?::bigint[]) as u(id, version, name,"
          + " position_name, position_kind, employment_type, email, unit_id, supervisor_id)"
          + " where e.id = u.id and e.version = u.version";

  private static final String INSERT =
      "insert into employee (id, nip, name, position_name, position_kind,"
          + " employment_type, email, unit_id, supervisor_id)"
          + " select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::bigint[], ?::bigint[])";

  private final Connection connection;

  EmployeeTable(Connection connection) {
    this.connection = connection;
  }

  /** The region's employees by NIP. */
  Map<String, StoredEmployee> read() throws SQLException {
    Map<String, StoredEmployee> known = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select e.nip, e.id, e.version, e.name, e.position_name, e.position_kind,"
                + " e.employment_type, e.email, e.unit_id, e.supervisor_id, s.nip"
                + " from employee e left join employee s"
                + " on s.tenant_id = e.tenant_id and s.id = e.supervisor_id")) {
      statement.setFetchSize(OrganizationBulkWriter.CHUNK);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          known.put(result.getString(1), stored(result));
        }
      }
    }
    return known;
  }

  private static StoredEmployee stored(ResultSet result) throws SQLException {
    long supervisor = result.getLong(10);
    Long supervisorId = result.wasNull() ? null : supervisor;
    return new StoredEmployee(
        result.getLong(2),
        result.getLong(3),
        result.getString(4),
        result.getString(5),
        result.getString(6),
        result.getString(7),
        result.getString(8),
        result.getLong(9),
        supervisorId,
        result.getString(11));
  }

  /**
   * Inserts new employees, or updates changed ones (version checked and increased). Supervisor
   * links may point to employees of later chunks: the foreign key is checked at commit, and
   * validation refused cycles across the file and the region, so the committed links form no cycle.
   *
   * @throws OrganizationBulkWriter.ConcurrentChange if an updated employee changed since it was
   *     read
   */
  void write(Map<String, StoredEmployee> employees, boolean update) throws SQLException {
    List<Map.Entry<String, StoredEmployee>> all = new ArrayList<>(employees.entrySet());
    try (PreparedStatement statement = connection.prepareStatement(update ? UPDATE : INSERT)) {
      for (int from = 0; from < all.size(); from += OrganizationBulkWriter.CHUNK) {
        List<Map.Entry<String, StoredEmployee>> chunk =
            all.subList(from, Math.min(all.size(), from + OrganizationBulkWriter.CHUNK));
        bind(statement, chunk, update);
        int written = statement.executeUpdate();
        if (written != chunk.size()) {
          throw new OrganizationBulkWriter.ConcurrentChange(
              (chunk.size() - written)
                  + " of "
                  + chunk.size()
                  + " employees changed while the import ran");
        }
      }
    }
  }

  /** Binds one chunk as column arrays. */
  private void bind(
      PreparedStatement statement, List<Map.Entry<String, StoredEmployee>> chunk, boolean update)
      throws SQLException {
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
      StoredEmployee e = chunk.get(i).getValue();
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
  }

  private Array array(String type, Object[] values) throws SQLException {
    return connection.createArrayOf(type, values);
  }
}
