package id.kinerja.platform.organization.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** New ids from the shared sequence, drawn as the entities draw them: 50 per value. */
final class IdSequence {

  /** The id sequence's increment, the entities' allocation size: one value reserves 50 ids. */
  private static final int ALLOCATION = 50;

  private IdSequence() {}

  /** {@code n} new ids, in one query. */
  static Long[] draw(Connection connection, int n) throws SQLException {
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
}
