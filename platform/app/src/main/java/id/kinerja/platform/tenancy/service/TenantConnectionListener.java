package id.kinerja.platform.tenancy.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The second wall: sets the PostgreSQL setting {@code app.tenant_id}, which the row-level security
 * policies read, for the transaction of every connection EclipseLink acquires for a tenant's
 * EntityManager. A connection acquired without a tenant gets no setting and sees no tenant rows.
 */
public class TenantConnectionListener extends SessionEventAdapter {

  /** The EntityManager property naming the tenant, shared with EclipseLink's discriminator. */
  public static final String TENANT_PROPERTY = "tenant.id";

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Object tenant = event.getSession().getProperty(TENANT_PROPERTY);
    setRegion(
        ((Accessor) event.getResult()).getConnection(), tenant == null ? "" : tenant.toString());
  }

  /** Sets {@code region} for the rest of the connection's transaction. */
  static void setRegion(Connection connection, String region) {
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      statement.setString(1, region);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set the tenant on a database connection", e);
    }
  }
}
