package id.kinerja.platform.tenancy.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start, with Flyway, as the schema owner. The application itself
 * connects as another role (the one the migrations grant to), which owns no table.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Inject
  @ConfigProperty(name = "kinerja.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "kinerja.db.owner.user")
  String ownerUser;

  @Inject
  @ConfigProperty(name = "kinerja.db.owner.password")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "kinerja.db.user")
  String appRole;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(url, ownerUser, ownerPassword)
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", appRole))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
