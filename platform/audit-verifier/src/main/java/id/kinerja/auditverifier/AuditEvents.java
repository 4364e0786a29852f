package id.kinerja.auditverifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reading and verifying a region's chain over plain JDBC, for a command-line verifier that runs
 * outside the application (JDK and the audit domain only, no Jakarta EE).
 *
 * <p>Row-level security is forced on {@code audit_event}, also for its owner: this sets {@code
 * app.tenant_id} in a transaction of its own on {@code connection}, which must not be in one.
 */
public final class AuditEvents {

  /** Events read per query. */
  public static final int PAGE = 1000;

  private AuditEvents() {}

  /** Maps a row of {@link AuditChain#SELECT_EVENTS}, columns in that order. */
  public static AuditEvent of(Object[] row) {
    return new AuditEvent(
        (String) row[0],
        ((Number) row[1]).longValue(),
        AuditChain.parseTimestamp((String) row[2]),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        (String) row[10]);
  }

  /** Verifies {@code region}'s chain in the database of {@code connection}. */
  public static ChainVerdict verify(Connection connection, String region) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement set =
          connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, region);
        set.execute();
      }
      AuditChain.Verifier verifier = new AuditChain.Verifier(region);
      long last = 0;
      boolean more = true;
      while (more) {
        more = false;
        try (PreparedStatement select = connection.prepareStatement(AuditChain.SELECT_EVENTS)) {
          select.setString(1, region);
          select.setLong(2, last);
          select.setInt(3, PAGE);
          try (ResultSet rows = select.executeQuery()) {
            int count = 0;
            while (rows.next()) {
              Object[] row = new Object[11];
              for (int i = 0; i < row.length; i++) {
                row[i] = rows.getObject(i + 1);
              }
              AuditEvent event = of(row);
              count++;
              last = event.seq();
              if (!verifier.accept(event)) {
                return verifier.verdict();
              }
            }
            more = count == PAGE;
          }
        }
      }
      return verifier.verdict();
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }
}
