package id.kinerja.platform.tenancy.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC inside the current JTA transaction, for set-wise work that JPA would do row by row:
 * the pool hands out the connection EclipseLink uses in the transaction too, and the region is set
 * on it by {@link TenantConnectionListener#setRegion}, the one place that does, so row-level
 * security applies exactly as for JPA.
 */
@ApplicationScoped
public class TenantJdbc {

  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject CurrentRegion region;

  /**
   * Runs {@code work} on the transaction's connection, in the current region.
   *
   * @throws IllegalStateException when the database fails (a bug or an outage, not user input)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      TenantConnectionListener.setRegion(connection, region.code());
      return work.run(connection);
    }
  }
}
