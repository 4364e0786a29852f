package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.domain.ImportRow;
import id.kinerja.platform.organization.domain.OrganizationCsv;
import id.kinerja.platform.security.service.UserAccount;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The tables are read and written by {@link EmployeeTable} and {@link UnitTable}; the file's
 * rules are {@link OrganizationCsv}'s.
 */
public final class OrganizationBulkWriter {

  /** Rows per upsert statement. */
  static final int CHUNK = 10_000;

  /** First key of the import's advisory lock (the second is the region's hash): "impo". */
  static final int LOCK_CLASS = 0x696d706f;

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
      return refused(parsed);
    }
    requireTenant();
    lockRegion();
    EmployeeTable table = new EmployeeTable(connection);
    Map<String, StoredEmployee> known = table.read();
    Map<Integer, List<ImportProblem>> problems =
        OrganizationCsv.validate(parsed.rows(), reportingLines(known));
    Map<String, ImportRow> accepted = accepted(parsed, problems);
    UnitTable units = new UnitTable(connection, regionCode, regionName);
    Map<String, Long> unitIds = unitIds(units, accepted.values());
    Map<String, Long> ids = ids(known, accepted.keySet());
    // What each row makes of its employee: written only when new or different.
    Map<String, StoredEmployee> inserts = new LinkedHashMap<>();
    Map<String, StoredEmployee> updates = new LinkedHashMap<>();
    for (ImportRow row : accepted.values()) {
      StoredEmployee before = known.get(row.nip());
      StoredEmployee after = target(row, before, ids, unitIds);
      if (before == null) {
        inserts.put(row.nip(), after);
      } else if (!after.sameData(before)) {
        updates.put(row.nip(), after);
      }
    }
    table.write(inserts, false);
    table.write(updates, true);
    ImportReport report =
        new ImportReport(
            inserts.size(),
            updates.size(),
            accepted.size() - inserts.size() - updates.size(),
            problems.size(),
            units.createdCount(),
            problems.values().stream().flatMap(List::stream).toList(),
            problems.isEmpty() ? "" : text(OrganizationCsv.errorReport(parsed, problems)));
    return new Applied(report, accounts(accepted.values(), known));
  }

  private static Applied refused(OrganizationCsv.Parsed parsed) {
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

  /** Each employee's supervisor's NIP (or null), by NIP, as validation reads the region. */
  private static Map<String, String> reportingLines(Map<String, StoredEmployee> known) {
    Map<String, String> links = new HashMap<>();
    known.forEach((nip, k) -> links.put(nip, k.supervisorNip()));
    return links;
  }

  /** The rows without problems, by NIP, in file order. */
  private static Map<String, ImportRow> accepted(
      OrganizationCsv.Parsed parsed, Map<Integer, List<ImportProblem>> problems) {
    Map<String, ImportRow> accepted = new LinkedHashMap<>();
    for (ImportRow row : parsed.rows()) {
      if (!problems.containsKey(row.row())) {
        accepted.put(row.nip(), row);
      }
    }
    return accepted;
  }

  /** The unit id of every accepted row's unit by unit key, the missing units inserted. */
  private static Map<String, Long> unitIds(UnitTable units, Collection<ImportRow> accepted)
      throws SQLException {
    units.reserve(accepted.stream().map(ImportRow::unit).toList());
    Map<String, Long> unitIds = new HashMap<>();
    for (ImportRow row : accepted) {
      unitIds.computeIfAbsent(UnitTable.key(row.unit()), k -> units.idOf(row.unit()));
    }
    units.insertCreated();
    return unitIds;
  }

  /** The employee id of every known and accepted NIP, new ones drawn from the sequence. */
  private Map<String, Long> ids(Map<String, StoredEmployee> known, Set<String> accepted)
      throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    known.forEach((nip, k) -> ids.put(nip, k.id()));
    List<String> fresh = accepted.stream().filter(n -> !known.containsKey(n)).toList();
    Long[] freshIds = IdSequence.draw(connection, fresh.size());
    for (int i = 0; i < freshIds.length; i++) {
      ids.put(fresh.get(i), freshIds[i]);
    }
    return ids;
  }

  /** The imported employees' accounts; without an e-mail column an employee keeps theirs. */
  private static List<UserAccount> accounts(
      Collection<ImportRow> accepted, Map<String, StoredEmployee> known) {
    List<UserAccount> accounts = new ArrayList<>(accepted.size());
    for (ImportRow row : accepted) {
      StoredEmployee before = known.get(row.nip());
      accounts.add(
          new UserAccount(
              row.nip(),
              row.name(),
              row.email() != null || before == null ? row.email() : before.email()));
    }
    return accounts;
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

  /**
   * The employee as {@code row} makes it. Without the e-mail or supervisor column the employee
   * keeps theirs; an empty cell removes it.
   */
  private static StoredEmployee target(
      ImportRow row, StoredEmployee before, Map<String, Long> ids, Map<String, Long> unitIds) {
    String email = row.email() == null ? (before == null ? null : before.email()) : row.email();
    Long supervisorId =
        row.supervisorNip() == null
            ? (before == null ? null : before.supervisorId())
            : (row.supervisorNip().isEmpty() ? null : ids.get(row.supervisorNip()));
    return new StoredEmployee(
        ids.get(row.nip()),
        before == null ? 0 : before.version(),
        row.name(),
        row.position(),
        row.parsedPositionKind().name(),
        row.parsedStatus().name(),
        email == null || email.isEmpty() ? null : email,
        unitIds.get(UnitTable.key(row.unit())),
        supervisorId,
        row.supervisorNip());
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
