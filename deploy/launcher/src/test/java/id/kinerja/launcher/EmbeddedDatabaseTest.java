package id.kinerja.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded PostgreSQL in a temporary folder. */
class EmbeddedDatabaseTest {

  @TempDir Path dir;

  @Test
  void applicationRoleCanConnectButIsNeitherSuperuserNorExemptFromRowLevelSecurity()
      throws SQLException {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0)) {
      assertTrue(db.jdbcUrl().endsWith("/kinerja"), db.jdbcUrl());
      assertTrue(db.created());
      try (Connection app =
              DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
          Statement statement = app.createStatement();
          ResultSet role =
              statement.executeQuery(
                  "select rolsuper, rolbypassrls, rolcanlogin, current_user, current_database()"
                      + " from pg_roles where rolname = current_user")) {
        assertTrue(role.next());
        assertFalse(role.getBoolean("rolsuper"), "superuser");
        assertFalse(role.getBoolean("rolbypassrls"), "bypassrls");
        assertTrue(role.getBoolean("rolcanlogin"));
        assertEquals("kinerja_app", role.getString("current_user"));
        assertEquals("kinerja", role.getString("current_database"));
      }
      try (Connection owner =
              DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
          Statement statement = owner.createStatement();
          ResultSet owned =
              statement.executeQuery(
                  "select pg_get_userbyid(datdba) from pg_database where datname = 'kinerja'")) {
        assertTrue(owned.next());
        assertEquals(db.ownerUser(), owned.getString(1));
      }
    }
  }

  @Test
  void applicationRoleCannotCreateTablesOfItsOwn() throws SQLException {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
        Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
        Statement statement = app.createStatement()) {
      assertThrows(SQLException.class, () -> statement.execute("create table mine (id int)"));
    }
  }

  @Test
  void dataIsKeptBetweenStartsOnTheSameDataDirectory() throws SQLException {
    Path data = dir.resolve("pg");
    try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0);
        Connection owner =
            DriverManager.getConnection(first.jdbcUrl(), first.ownerUser(), first.ownerPassword());
        Statement statement = owner.createStatement()) {
      statement.execute("create table kept (id int primary key)");
      statement.execute("insert into kept values (42)");
    }
    try (EmbeddedDatabase second = EmbeddedDatabase.start(data, 0);
        Connection owner =
            DriverManager.getConnection(
                second.jdbcUrl(), second.ownerUser(), second.ownerPassword());
        Statement statement = owner.createStatement();
        ResultSet rows = statement.executeQuery("select id from kept")) {
      assertFalse(second.created());
      assertTrue(rows.next());
      assertEquals(42, rows.getInt(1));
    }
  }
}
