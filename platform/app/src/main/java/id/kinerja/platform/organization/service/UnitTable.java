package id.kinerja.platform.organization.service;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The region's units on the import's connection, by name (ignoring case and repeated spaces);
 * missing ones are planned under the root unit (itself planned, named after the region, if the
 * region has none yet) and inserted parents first.
 */
final class UnitTable {

  private record Unit(long id, String code, String name, Long parent) {}

  private final Connection connection;
  private final String regionCode;
  private final String regionName;
  private final Map<String, Unit> byName = new HashMap<>();
  private final Set<String> codes = new HashSet<>();
  private final List<Unit> created = new ArrayList<>();
  private final ArrayDeque<Long> spare = new ArrayDeque<>();
  private Unit root;

  /** Reads the region's units. */
  UnitTable(Connection connection, String regionCode, String regionName) throws SQLException {
    this.connection = connection;
    this.regionCode = regionCode;
    this.regionName = regionName;
    try (PreparedStatement statement =
            connection.prepareStatement(
                "select id, code, name, parent_id from org_unit order by id");
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        long parentId = result.getLong(4);
        Long parent = result.wasNull() ? null : parentId;
        known(new Unit(result.getLong(1), result.getString(2), result.getString(3), parent));
      }
    }
  }

  private void known(Unit unit) {
    byName.putIfAbsent(key(unit.name()), unit);
    codes.add(unit.code());
    if (root == null && unit.parent() == null) {
      root = unit;
    }
  }

  /** Unit names match ignoring case and repeated spaces. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Draws the ids of the units {@code names} may create (and of a root unit) in one query. */
  void reserve(List<String> names) throws SQLException {
    long missing =
        names.stream().map(UnitTable::key).distinct().filter(k -> !byName.containsKey(k)).count();
    if (missing > 0) {
      spare.addAll(Arrays.asList(IdSequence.draw(connection, (int) missing + 1)));
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

  /** How many units were planned. */
  int createdCount() {
    return created.size();
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

  /** A unit code from its name: ASCII, lower case, dashes, unique in the region. */
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
