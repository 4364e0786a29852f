package id.kinerja.platform.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.bench.BenchDatabase;
import id.kinerja.platform.organization.bench.EmployeeFile;
import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationBulkWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's core on a plain JDBC connection (as the benchmark runs it) with 1,000 generated
 * employees, against an embedded PostgreSQL as the application role with row-level security on.
 * Each test starts from empty regions and imports what it needs, so the tests run in any order.
 */
class OrganizationBulkWriterTest {

  private static final int EMPLOYEES = 1_000;

  @TempDir static Path dir;
  private static BenchDatabase db;

  @BeforeAll
  static void start() throws SQLException {
    db = BenchDatabase.start(dir.resolve("postgres"));
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @BeforeEach
  void emptyRegions() throws SQLException {
    db.empty(BenchDatabase.REGION);
    db.empty(BenchDatabase.OTHER);
  }

  /** The region after a cold import of the generated file. */
  private static void seeded() throws SQLException {
    importInto(BenchDatabase.REGION, EmployeeFile.csv(EMPLOYEES, 0));
  }

  private static ImportReport importInto(String region, byte[] file) throws SQLException {
    try (Connection connection = db.inRegion(region)) {
      ImportReport report =
          new OrganizationBulkWriter(connection, region, "Kota " + region).apply(file).report();
      connection.commit();
      return report;
    }
  }

  private static long count(String region, String sql) throws SQLException {
    try (Connection connection = db.inRegion(region);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void aColdImportCreatesEveryEmployeeTheUnitsAndTheReportingLines() throws SQLException {
    ImportReport report = importInto(BenchDatabase.REGION, EmployeeFile.csv(EMPLOYEES, 0));
    assertEquals(EMPLOYEES, report.created(), report::toString);
    assertEquals(0, report.rejected());
    assertEquals(EmployeeFile.UNITS + 1, report.unitsCreated(), "the units and the root");
    assertEquals(EMPLOYEES, count(BenchDatabase.REGION, "select count(*) from employee"));
    assertEquals(
        EMPLOYEES - 1,
        count(
            BenchDatabase.REGION, "select count(*) from employee where supervisor_id is not null"));
    assertEquals(
        1,
        count(
            BenchDatabase.REGION,
            "select count(*) from employee e join employee s on s.id = e.supervisor_id"
                + " where e.nip = '"
                + EmployeeFile.nip(25)
                + "' and s.nip = '"
                + EmployeeFile.nip(2)
                + "'"));
  }

  @Test
  void reimportingTheSameFileWritesNothing() throws SQLException {
    seeded();
    long versions = count(BenchDatabase.REGION, "select sum(version) from employee");
    ImportReport again = importInto(BenchDatabase.REGION, EmployeeFile.csv(EMPLOYEES, 0));
    assertEquals(EMPLOYEES, again.unchanged(), again::toString);
    assertEquals(0, again.created() + again.updated() + again.unitsCreated());
    assertEquals(versions, count(BenchDatabase.REGION, "select sum(version) from employee"));
  }

  @Test
  void aReimportWithChangedRowsUpdatesThoseOnlyWithoutDuplicates() throws SQLException {
    seeded();
    ImportReport changed = importInto(BenchDatabase.REGION, EmployeeFile.csv(EMPLOYEES, 1));
    assertEquals(EMPLOYEES / 10, changed.updated(), changed::toString);
    assertEquals(EMPLOYEES - EMPLOYEES / 10, changed.unchanged());
    assertEquals(EMPLOYEES, count(BenchDatabase.REGION, "select count(*) from employee"));
    assertEquals(
        EMPLOYEES / 10,
        count(BenchDatabase.REGION, "select count(*) from employee where version = 1"));
  }

  @Test
  void aCycleAcrossTheFileAndTheRegionIsRefusedAndChangesNothing() throws SQLException {
    seeded();
    // The region's top official would report to one of their own reports.
    String file =
        "nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status\n"
            + EmployeeFile.nip(0)
            + ";Pegawai Nomor 0, S.E.;Sekretaris Daerah;JPT;Dinas Nomor 0;"
            + EmployeeFile.nip(123)
            + ";PPPK\n";
    ImportReport report = importInto(BenchDatabase.REGION, file.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, report.rejected());
    assertEquals(0, report.imported());
    assertTrue(report.problems().get(0).messageEn().contains("cycle"), report::toString);
    assertTrue(report.errorReport().contains("kesalahan"));
    assertEquals(
        1,
        count(BenchDatabase.REGION, "select count(*) from employee where supervisor_id is null"));
  }

  @Test
  void aNewUnitIsCreatedUnderTheExistingRootUnit() throws SQLException {
    seeded();
    String file =
        "nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status\n"
            + EmployeeFile.nip(EMPLOYEES)
            + ";Pegawai Baru;Analis;PELAKSANA;Bidang  BARU;"
            + EmployeeFile.nip(0)
            + ";PNS\n";
    ImportReport report = importInto(BenchDatabase.REGION, file.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, report.created(), report::toString);
    assertEquals(1, report.unitsCreated(), "no second root unit");
    assertEquals(
        1,
        count(
            BenchDatabase.REGION,
            "select count(*) from org_unit u join org_unit r on r.id = u.parent_id"
                + " where u.name = 'Bidang  BARU' and r.parent_id is null"));
    assertEquals(
        1, count(BenchDatabase.REGION, "select count(*) from org_unit where parent_id is null"));
  }

  @Test
  void anotherRegionSeesNoneOfTheEmployeesAndGetsItsOwn() throws SQLException {
    seeded();
    long inRegion = count(BenchDatabase.REGION, "select count(*) from employee");
    assertEquals(0, count(BenchDatabase.OTHER, "select count(*) from employee"));
    ImportReport other = importInto(BenchDatabase.OTHER, EmployeeFile.csv(10, 0));
    assertEquals(10, other.created(), "the same NIPs are new in another region");
    assertEquals(10, count(BenchDatabase.OTHER, "select count(*) from employee"));
    assertEquals(inRegion, count(BenchDatabase.REGION, "select count(*) from employee"));
  }

  @Test
  void aConnectionOfAnotherTenantIsRefused() throws SQLException {
    try (Connection connection = db.inRegion(BenchDatabase.OTHER)) {
      OrganizationBulkWriter writer =
          new OrganizationBulkWriter(connection, BenchDatabase.REGION, "Kota bench");
      byte[] file = EmployeeFile.csv(1, 0);
      assertThrows(IllegalStateException.class, () -> writer.apply(file));
    }
  }
}
