package id.kinerja.platform.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Performance dialogues inside the real WAR on Payara Micro and PostgreSQL, acting as demo
 * employees of Banyumanik (quarterly) in the year 2031, which the other integration tests do not
 * use there: the Kepala Seksi Pelayanan Umum and her direct reports. Also the SKP as PDF, which
 * goes to the same two people.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class DialogueIT {

  private static final String BANYUMANIK = "banyumanik";
  private static final String BUNGO = "bungo";
  private static final int YEAR = 2031;

  /** Kepala Seksi Pelayanan Umum: the pejabat penilai. */
  private static final String PENILAI = "198210112004122079";

  /** Her direct reports. */
  private static final String SUGENG = "199503312018021112";

  private static final String ADI = "197607151999041008";
  private static final String DYAH_P = "198802292022032010";
  private static final String RINA = "199611162023042003";

  /** Camat Banyumanik: the penilai's own supervisor, a stranger to the dialogues. */
  private static final String CAMAT = "198311282006122004";

  /** Bungo's demo penilai. */
  private static final String BUNGO_PENILAI = "198312192006012011";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(DialogueIT.class);
  }

  @Inject DialogueService dialogues;
  @Inject PeriodService periods;
  @Inject PlanDrafting plans;
  @Inject DocumentService documents;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void theAppraiserRecordsItBothConfirmAndThenItIsFinalAndAudited() throws Exception {
    long quarter = quarter(1);
    DialogueView created =
        banyumanik(PENILAI, () -> dialogues.create(SUGENG, quarter, input("Pengaduan selesai")));
    assertEquals(SUGENG, created.employeeNip());
    assertEquals(PENILAI, created.appraiserNip());
    assertEquals(
        List.of(
            new Development(DevelopmentKind.TRAINING, "Pelatihan komunikasi publik", null),
            new Development(
                DevelopmentKind.COACHING,
                "Coaching penanganan pengaduan",
                LocalDate.of(2031, 6, 30))),
        created.developmentPlan());
    assertFalse(created.confirmed());

    DialogueView byEmployee =
        banyumanik(SUGENG, () -> dialogues.confirm(created.id(), created.version()));
    assertNotNull(byEmployee.employeeConfirmedAt());
    assertNull(byEmployee.appraiserConfirmedAt());
    assertFalse(byEmployee.confirmed());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> banyumanik(SUGENG, () -> dialogues.confirm(created.id(), byEmployee.version())));

    DialogueView both =
        banyumanik(PENILAI, () -> dialogues.confirm(created.id(), byEmployee.version()));
    assertTrue(both.confirmed());
    assertNotNull(both.appraiserConfirmedAt());

    // Final: neither side may edit it any more.
    for (String side : List.of(PENILAI, SUGENG)) {
      assertKind(
          RuleViolation.Kind.CONFLICT,
          () ->
              banyumanik(side, () -> dialogues.edit(created.id(), both.version(), input("Lain"))));
    }
    assertEquals(
        "Pengaduan selesai",
        banyumanik(SUGENG, () -> dialogues.dialogue(created.id())).achievements());
    assertTrue(
        banyumanik(SUGENG, () -> dialogues.mine()).stream().anyMatch(d -> d.id() == created.id()));
    assertTrue(
        banyumanik(PENILAI, () -> dialogues.ofMyReports()).stream()
            .anyMatch(d -> d.id() == created.id()));
    assertEquals(List.of("create", "confirm", "confirm"), auditActions(created.id()));
  }

  @Test
  void anEditAfterAConfirmationClearsItAndAStaleVersionIsRefused() throws Exception {
    long quarter = quarter(2);
    DialogueView created =
        banyumanik(PENILAI, () -> dialogues.create(ADI, quarter, input("Arsip tertata")));
    DialogueView confirmed =
        banyumanik(PENILAI, () -> dialogues.confirm(created.id(), created.version()));
    assertNotNull(confirmed.appraiserConfirmedAt());

    // The employee edits: the appraiser's confirmation no longer stands.
    DialogueView edited =
        banyumanik(
            ADI, () -> dialogues.edit(created.id(), confirmed.version(), input("Arsip digital")));
    assertNull(edited.appraiserConfirmedAt());
    assertNull(edited.employeeConfirmedAt());
    assertEquals("Arsip digital", edited.achievements());

    // Someone acting on what they saw before the edit is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> banyumanik(PENILAI, () -> dialogues.confirm(created.id(), confirmed.version())));
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            banyumanik(
                PENILAI, () -> dialogues.edit(created.id(), created.version(), input("Lama"))));
    assertEquals(
        "Arsip digital",
        banyumanik(PENILAI, () -> dialogues.dialogue(created.id())).achievements());
    assertEquals(List.of("create", "confirm", "edit"), auditActions(created.id()));
  }

  @Test
  void onlyTheEmployeeAndTheirDirectSupervisorSeeOrChangeIt() throws Exception {
    long quarter = quarter(3);
    // Only the direct supervisor records it: not the employee, a peer or the supervisor's boss.
    for (String other : List.of(DYAH_P, RINA, CAMAT)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> banyumanik(other, () -> dialogues.create(DYAH_P, quarter, input("x"))));
    }
    DialogueView created =
        banyumanik(PENILAI, () -> dialogues.create(DYAH_P, quarter, input("KTP tercetak")));
    for (String stranger : List.of(RINA, CAMAT)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> banyumanik(stranger, () -> dialogues.dialogue(created.id())));
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> banyumanik(stranger, () -> dialogues.confirm(created.id(), created.version())));
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () ->
              banyumanik(
                  stranger, () -> dialogues.edit(created.id(), created.version(), input("y"))));
      assertTrue(
          banyumanik(stranger, () -> dialogues.mine()).stream()
              .noneMatch(d -> d.id() == created.id()));
      assertTrue(
          banyumanik(stranger, () -> dialogues.ofMyReports()).stream()
              .noneMatch(d -> d.id() == created.id()));
    }
    // A second dialogue for the same employee and period is refused.
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> banyumanik(PENILAI, () -> dialogues.create(DYAH_P, quarter, input("lagi"))));
    assertEquals(List.of("create"), auditActions(created.id()));
  }

  @Test
  void anotherRegionNeitherSeesNorChangesIt() throws Exception {
    long quarter = quarter(4);
    DialogueView created =
        banyumanik(PENILAI, () -> dialogues.create(RINA, quarter, input("Layanan daring")));
    long id = created.id();
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> bungo(BUNGO_PENILAI, () -> dialogues.dialogue(id)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(BUNGO_PENILAI, () -> dialogues.confirm(id, created.version())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(BUNGO_PENILAI, () -> dialogues.edit(id, created.version(), input("z"))));
    // Banyumanik's period and employee are nothing in Bungo.
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungo(BUNGO_PENILAI, () -> dialogues.create(RINA, quarter, input("z"))));
    // Bungo's penilai is nobody in Banyumanik.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> banyumanik(BUNGO_PENILAI, () -> dialogues.dialogue(id)));
    assertTrue(
        bungo(BUNGO_PENILAI, () -> dialogues.ofMyReports()).stream().noneMatch(d -> d.id() == id));
    assertFalse(banyumanik(RINA, () -> dialogues.dialogue(id)).confirmed());
  }

  @Test
  void theSkpPdfGoesToTheEmployeeAndTheirAppraiserOnly() throws Exception {
    PlanView draft = banyumanik(SUGENG, () -> plans.myPlan(YEAR));
    PlanView plan =
        banyumanik(
            SUGENG,
            () ->
                plans.addResult(
                    draft.id(),
                    draft.version(),
                    new ResultInput(ResultKind.TAMBAHAN, "Sosialisasi kanal pengaduan", null)));
    for (String reader : List.of(SUGENG, PENILAI)) {
      byte[] pdf = banyumanik(reader, () -> documents.skp(plan.id()));
      assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }
    for (String stranger : List.of(ADI, CAMAT)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN, () -> banyumanik(stranger, () -> documents.skp(plan.id())));
    }
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> bungo(BUNGO_PENILAI, () -> documents.skp(plan.id())));
  }

  // ---- helpers ----

  private static DialogueInput input(String achievements) {
    return new DialogueInput(
        LocalDate.of(2031, 4, 7),
        achievements,
        "Jaringan sering terputus",
        List.of(
            new Development(DevelopmentKind.TRAINING, " Pelatihan komunikasi publik ", null),
            new Development(
                DevelopmentKind.COACHING,
                "Coaching penanganan pengaduan",
                LocalDate.of(2031, 6, 30))));
  }

  /** The id of Banyumanik's quarter of the year, opening the year if no test has yet. */
  private long quarter(int number) throws Exception {
    return banyumanik(
        () -> {
          List<PeriodView> year = periods.periods(YEAR);
          if (year.isEmpty()) {
            year = periods.openYear(YEAR);
          }
          return year.stream()
              .filter(p -> p.kind() == PeriodKind.QUARTER && p.number() == number)
              .findFirst()
              .orElseThrow()
              .id();
        });
  }

  private List<String> auditActions(long id) throws Exception {
    return banyumanik(
        () ->
            InRegion.auditActions(
                entityManager.get(), DialogueService.AUDIT_ENTITY, String.valueOf(id)));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T banyumanik(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, BANYUMANIK, work);
  }

  /** {@code work} in Banyumanik, acting as the employee {@code nip}. */
  private <T> T banyumanik(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee"), work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, BUNGO, work);
  }

  /** {@code work} in Bungo, acting as the employee {@code nip}. */
  private <T> T bungo(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BUNGO, nip, Set.of("employee"), work);
  }
}
