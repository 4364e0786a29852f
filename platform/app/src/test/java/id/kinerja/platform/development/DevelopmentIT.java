package id.kinerja.platform.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.development.domain.ActivityKind;
import id.kinerja.platform.development.service.CatalogEntryInput;
import id.kinerja.platform.development.service.CatalogEntryView;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendation;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.development.service.TrainingCatalog;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.planning.PlanFixtures;
import id.kinerja.platform.planning.PlanFixtures.Approver;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training recommendations inside the real WAR with the training-rules plugin, acting as demo
 * employees of Tanjungbalai in 2040, a year no other integration test uses there: the Kepala
 * Puskesmas rates two of his staff and publishes, each test in a quarter of its own; Tanjungbalai's
 * tenant.yaml enables the plugin with coaching TB-COACH-ATASAN, advanced TB-BTCLS and weak Harmonis
 * → TB-KOMUNIKASI-PASIEN below 65.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class DevelopmentIT {

  private static final String REGION = "tanjungbalai";
  private static final Set<String> EMPLOYEE = Set.of("employee");
  private static final Set<String> ADMIN_ROLES = Set.of("employee", "admin");
  private static final String BUNGO = "bungo";
  private static final int YEAR = 2040;

  private static final String SEKDA = "196908281998042037";
  private static final String ADMIN = "198503122010012003";

  /** Kepala Dinas Kesehatan: the penilai's supervisor. */
  private static final String KADINKES = "197405051996021010";

  /** Kepala UPTD Puskesmas Datuk Bandar: the pejabat penilai. */
  private static final String PENILAI = "197806152003121004";

  /** Perawat Ahli Muda: rated Butuh Perbaikan. */
  private static final String PEGAWAI = "199001202015031002";

  /** Bidan Ahli Pertama: rated Sangat Baik. */
  private static final String BIDAN = "199501062022032002";

  /** Dokter Ahli Pertama: a peer, unrelated to the others' recommendations. */
  private static final String DOKTER = "199511272023011004";

  private static final String BUNGO_PENILAI = "198312192006012011";

  private static final String COACHING = "TB-COACH-ATASAN";
  private static final String ADVANCED = "TB-BTCLS";
  private static final String COMMUNICATION = "TB-KOMUNIKASI-PASIEN";

  private static final Path PLUGIN_JAR =
      Path.of(System.getProperty("kinerja.it.training-plugin-jar", "target/training-rules.jar"));

  /** Installs the plugin in the platform's plugins folder before the platform starts. */
  @Deployment(testable = true)
  static WebArchive deployment() throws IOException {
    Deployments.installPlugin(PLUGIN_JAR);
    return Deployments.platformWith(DevelopmentIT.class, TestFeedbackScores.class);
  }

  @Inject DevelopmentService development;
  @Inject TrainingCatalog catalog;
  @Inject DialogueService dialogues;
  @Inject AppraisalService appraisals;
  @Inject PeriodService periods;
  @Inject TestFeedbackScores feedbackScores;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void aPublishedButuhPerbaikanIsRecommendedCoachingAndAWeakHarmonisCommunication()
      throws Exception {
    long quarter = setUp(1);
    long pegawai = employeeId(PEGAWAI);
    feedbackScores.set(pegawai, Map.of("HARMONIS", new BigDecimal("40")));
    RatingView draft = rated(PEGAWAI, quarter, Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED);
    // Nothing is recommended from a draft.
    Recommendations beforePublishing =
        as(PENILAI, () -> development.recommendations(pegawai, quarter));
    assertFalse(beforePublishing.rated());
    assertTrue(beforePublishing.entries().isEmpty());

    as(PENILAI, () -> appraisals.publish(draft.id(), draft.version()));
    Recommendations recommended = as(PEGAWAI, () -> development.recommendations(pegawai, quarter));
    assertTrue(recommended.rated());
    assertEquals(List.of(COACHING, COMMUNICATION), codes(recommended), recommended::toString);
    Recommendation coaching = recommended.entries().get(0);
    assertEquals(ActivityKind.COACHING, coaching.kind());
    assertTrue(coaching.reasonId().contains("Butuh Perbaikan"), coaching.reasonId());
    assertTrue(coaching.reasonEn().contains("Needs improvement"), coaching.reasonEn());
    assertEquals("training-rules", coaching.pluginId());
    assertTrue(recommended.entries().get(1).reasonEn().contains("Harmonious 40"));
    assertTrue(recommended.failures().isEmpty(), recommended::toString);

    // The appraiser, his supervisor and the admin see the same.
    for (String viewer : List.of(PENILAI, KADINKES)) {
      assertEquals(
          codes(recommended),
          codes(as(viewer, () -> development.recommendations(pegawai, quarter))));
    }
    assertEquals(
        codes(recommended),
        codes(asAdmin(ADMIN, () -> development.recommendations(pegawai, quarter))));
    assertEquals(
        codes(recommended), codes(as(PEGAWAI, () -> development.myLatest()).orElseThrow()));
  }

  @Test
  void sangatBaikIsRecommendedAdvancedTraining() throws Exception {
    long quarter = setUp(1);
    published(BIDAN, quarter, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION);
    long bidan = employeeId(BIDAN);
    Recommendations recommended = as(BIDAN, () -> development.recommendations(bidan, quarter));
    assertEquals(List.of(ADVANCED), codes(recommended));
    assertEquals("Work results above expectation.", recommended.entries().get(0).reasonEn());
  }

  @Test
  void aCodeMissingFromTheCatalogIsSkipped() throws Exception {
    long quarter = setUp(3);
    published(BIDAN, quarter, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION);
    long bidan = employeeId(BIDAN);
    CatalogEntryView advanced = entry(ADVANCED);
    asAdmin(ADMIN, () -> remove(advanced));
    try {
      Recommendations recommended = as(PENILAI, () -> development.recommendations(bidan, quarter));
      assertTrue(recommended.rated());
      assertEquals(List.of(), codes(recommended));
      assertTrue(recommended.failures().isEmpty(), recommended::toString);
    } finally {
      asAdmin(
          ADMIN,
          () ->
              catalog.add(
                  new CatalogEntryInput(
                      ADVANCED, advanced.titleId(), advanced.titleEn(), advanced.kind())));
    }
    assertEquals(
        List.of("remove"),
        region(
            () ->
                InRegion.auditActions(
                    entityManager.get(),
                    TrainingCatalog.AUDIT_ENTITY,
                    String.valueOf(advanced.id()))));
  }

  @Test
  void anUnrelatedEmployeeAndAnotherRegionAreRefused() throws Exception {
    long quarter = setUp(1);
    long pegawai = employeeId(PEGAWAI);
    for (String stranger : List.of(DOKTER, BIDAN, SEKDA)) {
      assertKind(
          RuleViolation.Kind.FORBIDDEN,
          () -> as(stranger, () -> development.recommendations(pegawai, quarter)));
    }
    // Bungo's penilai is nobody in Tanjungbalai; Tanjungbalai's ids are nothing in Bungo.
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(BUNGO_PENILAI, () -> development.recommendations(pegawai, quarter)));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungoAs(BUNGO_PENILAI, () -> development.recommendations(pegawai, quarter)));
    long bungoEmployee = bungo(() -> InRegion.employeeId(entityManager.get(), BUNGO_PENILAI));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            bungoAsAdmin(BUNGO_PENILAI, () -> development.recommendations(bungoEmployee, quarter)));
    CatalogEntryView coaching = entry(COACHING);
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> bungoAsAdmin("199805282021121057", () -> remove(coaching)));
    assertTrue(bungo(() -> catalog.entries()).stream().noneMatch(e -> e.code().equals(COACHING)));
  }

  @Test
  void aCatalogEditWithAStaleVersionIsAConflictAndOnlyTheAdminEdits() throws Exception {
    CatalogEntryView entry =
        asAdmin(
            ADMIN,
            () ->
                catalog.add(
                    new CatalogEntryInput(
                        "TB-IT-2040",
                        "Pelatihan Triase Gawat Darurat",
                        "Emergency triage training",
                        ActivityKind.TRAINING)));
    CatalogEntryInput renamed =
        new CatalogEntryInput(
            "TB-IT-2040", "Pelatihan Triase IGD", "Emergency room triage", ActivityKind.TRAINING);
    CatalogEntryView changed =
        asAdmin(ADMIN, () -> catalog.change(entry.id(), entry.version(), renamed));
    assertEquals("Pelatihan Triase IGD", changed.titleId());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () -> asAdmin(ADMIN, () -> catalog.change(entry.id(), entry.version(), renamed)));
    assertKind(RuleViolation.Kind.CONFLICT, () -> asAdmin(ADMIN, () -> remove(entry)));
    assertKind(
        RuleViolation.Kind.FORBIDDEN,
        () -> as(PENILAI, () -> catalog.change(entry.id(), changed.version(), renamed)));
    RuleViolation invalid =
        InRegion.assertRefused(
            RuleViolation.Kind.INVALID,
            () ->
                asAdmin(
                    ADMIN,
                    () ->
                        catalog.add(
                            new CatalogEntryInput("kode salah", "x", "x", ActivityKind.TRAINING))));
    assertTrue(invalid.messageId().contains("Kode"), invalid.messageId());
    assertTrue(invalid.messageEn().contains("code"), invalid.messageEn());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            asAdmin(
                ADMIN,
                () ->
                    catalog.add(new CatalogEntryInput(COACHING, "x", "x", ActivityKind.COACHING))));
    assertEquals(
        List.of("add", "change"),
        region(
            () ->
                InRegion.auditActions(
                    entityManager.get(),
                    TrainingCatalog.AUDIT_ENTITY,
                    String.valueOf(entry.id()))));
  }

  @Test
  void addingARecommendationToTheDialogueCreatesItsDevelopmentItem() throws Exception {
    long quarter = setUp(2);
    published(PEGAWAI, quarter, Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED);
    DialogueView dialogue =
        as(
            PENILAI,
            () ->
                dialogues.create(
                    PEGAWAI,
                    quarter,
                    new DialogueInput(
                        LocalDate.of(YEAR, 4, 7), "Layanan pasien", "Antrean panjang", List.of())));
    DialogueView added =
        as(PENILAI, () -> dialogues.addRecommendation(dialogue.id(), dialogue.version(), COACHING));
    String title = entry(COACHING).titleId();
    assertEquals(
        List.of(new Development(DevelopmentKind.COACHING, title + " (" + COACHING + ")", null)),
        added.developmentPlan());
    assertKind(
        RuleViolation.Kind.CONFLICT,
        () ->
            as(
                PEGAWAI,
                () -> dialogues.addRecommendation(dialogue.id(), added.version(), COACHING)));
    // Only what is recommended for the employee's period can be added.
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            as(
                PEGAWAI,
                () -> dialogues.addRecommendation(dialogue.id(), added.version(), ADVANCED)));
    assertEquals(
        List.of("create", "addRecommendation"),
        region(
            () ->
                InRegion.auditActions(
                    entityManager.get(),
                    DialogueService.AUDIT_ENTITY,
                    String.valueOf(dialogue.id()))));
  }

  // ---- helpers ----

  /**
   * Opens the year and approves the plans of the chain, unless done already; returns the id of the
   * quarter {@code number}. Each test rates in a quarter of its own, so the tests need no order.
   */
  private long setUp(int number) throws Exception {
    if (region(() -> periods.periods(YEAR)).isEmpty()) {
      region(() -> periods.openYear(YEAR));
    }
    if (new PlanFixtures(transaction, REGION, YEAR).planInForce(PENILAI).isEmpty()) {
      PlanFixtures fixtures = new PlanFixtures(transaction, REGION, YEAR);
      long top = fixtures.approvedResult(SEKDA, null, Approver.admin(ADMIN), "Kota sehat");
      long kadinkes =
          fixtures.approvedResult(KADINKES, top, Approver.employee(SEKDA), "Derajat kesehatan");
      long penilai =
          fixtures.approvedResult(PENILAI, kadinkes, Approver.employee(KADINKES), "Mutu puskesmas");
      for (String nip : List.of(PEGAWAI, BIDAN)) {
        fixtures.approvedResult(nip, penilai, Approver.employee(PENILAI), "Pelayanan pasien");
      }
    }
    return region(() -> periods.periods(YEAR)).stream()
        .filter(p -> p.kind() == PeriodKind.QUARTER && p.number() == number)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private RatingView rated(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    long employeeId = employeeId(nip);
    return as(
        PENILAI,
        () ->
            appraisals.rate(
                periodId, employeeId, null, new RatingInput(result, behaviour, null, null)));
  }

  private RatingView published(String nip, long periodId, Rating result, Rating behaviour)
      throws Exception {
    RatingView draft = rated(nip, periodId, result, behaviour);
    return as(PENILAI, () -> appraisals.publish(draft.id(), draft.version()));
  }

  /** Removes the entry, naming the version seen. */
  private Void remove(CatalogEntryView entry) {
    catalog.remove(entry.id(), entry.version());
    return null;
  }

  private CatalogEntryView entry(String code) throws Exception {
    return region(() -> catalog.entries()).stream()
        .filter(e -> e.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> codes(Recommendations recommendations) {
    return recommendations.entries().stream().map(Recommendation::code).toList();
  }

  private long employeeId(String nip) throws Exception {
    return region(() -> InRegion.employeeId(entityManager.get(), nip));
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T region(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, REGION, work);
  }

  private <T> T bungo(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, BUNGO, work);
  }

  /** {@code work} in Tanjungbalai, acting as the employee {@code nip}. */
  private <T> T as(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, REGION, nip, EMPLOYEE, work);
  }

  /** {@code work} in Tanjungbalai, acting as the region's admin {@code nip}. */
  private <T> T asAdmin(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, REGION, nip, ADMIN_ROLES, work);
  }

  private <T> T bungoAs(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BUNGO, nip, EMPLOYEE, work);
  }

  private <T> T bungoAsAdmin(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BUNGO, nip, ADMIN_ROLES, work);
  }
}
