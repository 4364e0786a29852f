package id.kinerja.platform.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationImport;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation import and the supervisor fixes, inside the real WAR on Payara Micro against the
 * real PostgreSQL with the demo data loaded. Each test removes what it imported, so that the other
 * integration tests (which count the demo employees) see the demo data unchanged.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class OrganizationImportIT {

  private static final String KUPANG = "kupang";
  private static final String TANJUNGBALAI = "tanjungbalai";

  /** Kupang's Sekretaris Daerah in the demo data: the region's top official. */
  private static final String SEKDA = "197201142001031012";

  private static final String HEAD = "200101012023011001";
  private static final String STAFF = "200202022023012002";
  private static final String LOOSE = "200303032023011003";
  private static final String UNIT = "Bidang Uji Impor";

  private static final String FILE =
      "\uFEFFnip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status;email\n"
          + HEAD
          + ";Kepala Uji;Kepala Bidang;ADMINISTRATOR;"
          + UNIT
          + ";"
          + SEKDA
          + ";PNS;\n"
          + STAFF
          + ";\"Staf Uji; S.E.\";Analis;PELAKSANA;"
          + UNIT
          + ";"
          + HEAD
          + ";PPPK;s@x.id\n"
          + LOOSE
          + ";Lepas Uji;Pengadministrasi;PELAKSANA;"
          + UNIT
          + ";;PNS;\n";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(OrganizationImportIT.class);
  }

  @Inject OrganizationImport organizationImport;
  @Inject EmployeeDirectory directory;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void importingIntoKupangCreatesTheUnitAndEmployeesWithTheirSupervisors() throws Exception {
    try {
      ImportReport report = importInto(KUPANG, FILE);
      assertEquals(List.of(), report.problems());
      assertEquals(3, report.created());
      assertEquals(0, report.updated());
      assertEquals(1, report.unitsCreated());
      EmployeeSummary staff = inRegion(KUPANG, () -> directory.byNip(STAFF)).orElseThrow();
      assertEquals("Staf Uji; S.E.", staff.name());
      assertEquals(UNIT, staff.unitName());
      assertEquals(HEAD, staff.appraiserNip());
      assertEquals(
          SEKDA, inRegion(KUPANG, () -> directory.byNip(HEAD)).orElseThrow().appraiserNip());
    } finally {
      cleanUp();
    }
  }

  @Test
  void reimportingTheSameFileChangesNothingAndAChangedRowIsUpdated() throws Exception {
    try {
      importInto(KUPANG, FILE);
      long version = inRegion(KUPANG, () -> directory.byNip(STAFF)).orElseThrow().version();
      ImportReport again = importInto(KUPANG, FILE);
      assertEquals(0, again.created());
      assertEquals(0, again.updated());
      assertEquals(3, again.unchanged());
      assertEquals(0, again.unitsCreated());
      assertEquals(version, inRegion(KUPANG, () -> directory.byNip(STAFF)).orElseThrow().version());
      assertEquals(1L, unitsNamed(UNIT));

      ImportReport renamed = importInto(KUPANG, FILE.replace("Kepala Uji", "Kepala Uji Baru"));
      assertEquals(0, renamed.created());
      assertEquals(1, renamed.updated());
      assertEquals(2, renamed.unchanged());
    } finally {
      cleanUp();
    }
  }

  @Test
  void aCycleInReportingLinesIsRefusedAndChangesNothing() throws Exception {
    try {
      importInto(KUPANG, FILE);
      String cycle =
          "nip,nama,jabatan,jenis_jabatan,unit_kerja,nip_atasan,status\n"
              + HEAD
              + ",Kepala Uji,Kepala Bidang,ADMINISTRATOR,"
              + UNIT
              + ","
              + STAFF
              + ",PNS\n";
      ImportReport report = importInto(KUPANG, cycle);
      assertEquals(1, report.rejected());
      assertEquals(0, report.imported());
      ImportProblem problem = report.problems().get(0);
      assertEquals(2, problem.row());
      assertTrue(problem.messageEn().contains("cycle"), problem.messageEn());
      assertTrue(report.errorReport().contains("kesalahan"), report.errorReport());
      assertEquals(
          SEKDA, inRegion(KUPANG, () -> directory.byNip(HEAD)).orElseThrow().appraiserNip());

      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () ->
                  inRegion(
                      KUPANG,
                      () ->
                          directory.changeSupervisor(
                              HEAD, STAFF, directory.byNip(HEAD).orElseThrow().version())));
      assertEquals(RuleViolation.Kind.INVALID, refused.kind());
      RuleViolation self =
          assertThrows(
              RuleViolation.class,
              () -> inRegion(KUPANG, () -> directory.changeSupervisor(HEAD, HEAD, 0)));
      assertEquals(RuleViolation.Kind.INVALID, self.kind());
    } finally {
      cleanUp();
    }
  }

  @Test
  void anotherRegionSeesNoneOfTheImportedEmployees() throws Exception {
    try {
      importInto(KUPANG, FILE);
      for (String nip : List.of(HEAD, STAFF, LOOSE)) {
        assertTrue(inRegion(KUPANG, () -> directory.byNip(nip)).isPresent(), nip);
        assertTrue(inRegion(TANJUNGBALAI, () -> directory.byNip(nip)).isEmpty(), nip);
      }
      assertTrue(inRegion(TANJUNGBALAI, () -> directory.problems()).isEmpty());
      assertEquals(
          RuleViolation.Kind.NOT_FOUND,
          assertThrows(
                  RuleViolation.class,
                  () -> inRegion(TANJUNGBALAI, () -> directory.changeSupervisor(STAFF, "", 0)))
              .kind());
    } finally {
      cleanUp();
    }
  }

  @Test
  void aStaleVersionGivesTheConflict() throws Exception {
    try {
      importInto(KUPANG, FILE);
      long seen = inRegion(KUPANG, () -> directory.byNip(STAFF)).orElseThrow().version();
      EmployeeSummary moved =
          inRegion(KUPANG, () -> directory.changeSupervisor(STAFF, SEKDA, seen));
      assertEquals(SEKDA, moved.appraiserNip());
      assertTrue(moved.version() > seen);
      RuleViolation conflict =
          assertThrows(
              RuleViolation.class,
              () -> inRegion(KUPANG, () -> directory.changeSupervisor(STAFF, HEAD, seen)));
      assertEquals(RuleViolation.Kind.CONFLICT, conflict.kind());
      assertEquals(
          SEKDA, inRegion(KUPANG, () -> directory.byNip(STAFF)).orElseThrow().appraiserNip());
    } finally {
      cleanUp();
    }
  }

  @Test
  void anEmployeeWithoutSupervisorIsAProblemUntilFixed() throws Exception {
    try {
      List<String> before = nips(inRegion(KUPANG, () -> directory.problems()));
      assertFalse(before.contains(SEKDA), "the top official is no problem");
      importInto(KUPANG, FILE);
      List<String> problems = nips(inRegion(KUPANG, () -> directory.problems()));
      assertTrue(problems.contains(LOOSE), problems::toString);
      assertFalse(problems.contains(STAFF));
      assertFalse(problems.contains(SEKDA));

      EmployeeSummary loose = inRegion(KUPANG, () -> directory.byNip(LOOSE)).orElseThrow();
      inRegion(KUPANG, () -> directory.changeSupervisor(LOOSE, HEAD, loose.version()));
      assertFalse(nips(inRegion(KUPANG, () -> directory.problems())).contains(LOOSE));
      assertEquals(before, nips(inRegion(KUPANG, () -> directory.problems())));
    } finally {
      cleanUp();
    }
  }

  // ---- helpers ----

  private ImportReport importInto(String region, String csv) {
    return inRegion(
        region, () -> organizationImport.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> nips(List<EmployeeSummary> employees) {
    return employees.stream().map(EmployeeSummary::nip).toList();
  }

  private static <T> T inRegion(String region, Supplier<T> work) {
    return InRegion.call(region, work);
  }

  private long unitsNamed(String name) throws Exception {
    transaction.begin();
    try {
      return InRegion.call(
          KUPANG,
          () ->
              entityManager
                  .get()
                  .createQuery("select count(u) from OrgUnit u where u.name = :name", Long.class)
                  .setParameter("name", name)
                  .getSingleResult());
    } finally {
      transaction.rollback();
    }
  }

  /** Removes the imported employees and unit from Kupang. */
  private void cleanUp() throws Exception {
    transaction.begin();
    try {
      InRegion.run(
          KUPANG,
          () -> {
            EntityManager em = entityManager.get();
            em.createNativeQuery("delete from employee where nip in (?, ?, ?)")
                .setParameter(1, HEAD)
                .setParameter(2, STAFF)
                .setParameter(3, LOOSE)
                .executeUpdate();
            em.createNativeQuery("delete from org_unit where name = ?")
                .setParameter(1, UNIT)
                .executeUpdate();
          });
      transaction.commit();
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
  }
}
