package id.kinerja.platform.tenancy.service;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool. It connects as the application role, which owns no table, so
 * PostgreSQL's row-level security applies to every statement. Values come from system properties
 * (Payara resolves {@code ${...}} in this annotation).
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${kinerja.db.url}",
    user = "${kinerja.db.user}",
    password = "${kinerja.db.password}",
    minPoolSize = 2,
    maxPoolSize = 24,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
    })
@ApplicationScoped
public class DataSourceConfig {

  /** Where the pool is bound. */
  public static final String JNDI_NAME = "java:app/jdbc/kinerja";
}
