package id.kinerja.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.notification.service.DeadlineReminders;
import id.kinerja.platform.notification.service.NoticeView;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.notification.ui.BellHeaderItem;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.planning.PlanFixtures;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.HeaderItem;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications inside the real WAR on Payara Micro and PostgreSQL, with a real SMTP server
 * (GreenMail) in the test JVM: the methods marked {@link RunAsClient} read what arrived there. Acts
 * in Lampung (quarterly), performance year 2030, which no other integration test uses, and in
 * Banyumanik for isolation.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, MailServerExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

  private static final String LAMPUNG = "lampung";
  private static final String BANYUMANIK = "banyumanik";
  private static final int YEAR = 2030;

  /** Lampung's Sekretaris Daerah: the top of the tree. */
  private static final String SEKDA = "196810051991032005";

  private static final String SEKDA_EMAIL = "ratna.anggraini@lampung.go.id.localhost";

  /** Lampung's pengelola kinerja (demo admin). */
  private static final String ADMIN = "199107262016031007";

  /** Asisten Administrasi Umum, reporting to the Sekda. */
  private static final String ASISTEN = "197403232000121012";

  private static final String ASISTEN_NAME = "Edwin Hermawan, S.Sos.";
  private static final String ASISTEN_EMAIL = "edwin.hermawan@lampung.go.id.localhost";

  /** Kepala Biro Organisasi: notified in a transaction that rolls back. */
  private static final String KEPALA_BIRO = "197205251996011010";

  private static final String KEPALA_BIRO_EMAIL = "marindo.firmansyah@lampung.go.id.localhost";

  /** Analis Organisasi Ahli Pertama: one of the employees reminded of deadlines. */
  private static final String ANALIS = "199308312022062032";

  private static final String ANALIS_EMAIL = "lusi.permatasari@lampung.go.id.localhost";

  /** Banyumanik's demo penilai. */
  private static final String BANYUMANIK_PENILAI = "198210112004122079";

  private static final String SUBMITTED_SUBJECT =
      "SKP " + YEAR + " " + ASISTEN_NAME + " menunggu persetujuan Anda";
  private static final String RETURNED_SUBJECT = "SKP " + YEAR + " Anda dikembalikan";
  private static final String APPROVED_SUBJECT = "SKP " + YEAR + " Anda disetujui";
  private static final String ROLLED_BACK_SUBJECT = "SKP 2099 Anda disetujui";
  private static final String REASON = "Target kuantitas belum terukur";
  private static final String Q1_REMINDER_SUBJECT =
      "Batas waktu periode " + YEAR + "-01-01 – " + YEAR + "-03-31 segera tiba";

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(NotificationIT.class, MailServerExtension.class);
  }

  @Inject NotificationService notifications;
  @Inject DeadlineReminders reminders;
  @Inject PlanDrafting plans;
  @Inject PlanReview review;
  @Inject PeriodService periods;
  @Inject UserTransaction transaction;
  @Inject Instance<HeaderItem> headerItems;

  @Test
  @Order(1)
  void submitNotifiesTheAppraiserAndReturnAndApprovalNotifyTheEmployeeInApp() throws Exception {
    // The Sekda's approved plan (approved by the admin: the top of the tree).
    PlanView top = submitted(SEKDA, null, "Meningkatnya kinerja pemerintahan daerah");
    PlanView topApproved =
        InRegion.asCaller(
            transaction,
            LAMPUNG,
            ADMIN,
            Set.of("employee", "admin"),
            () -> review.approve(top.id(), top.version()));
    assertEquals(APPROVED_SUBJECT, newest(SEKDA).indonesian().subject());
    long sekdaUnread = lampung(() -> notifications.unreadCount(SEKDA));

    PlanView plan =
        submitted(ASISTEN, topApproved.results().get(0).id(), "Tata kelola administrasi umum");
    NoticeView toAppraiser = newest(SEKDA);
    assertEquals(NoticeKind.PLAN_SUBMITTED, toAppraiser.kind());
    assertEquals(SUBMITTED_SUBJECT, toAppraiser.indonesian().subject());
    assertEquals(
        ASISTEN_NAME + "'s plan (SKP) for " + YEAR + " awaits your approval",
        toAppraiser.english().subject());
    assertEquals("https://lampung.localhost/skp/tinjau", toAppraiser.link());
    assertFalse(toAppraiser.read());
    assertEquals(sekdaUnread + 1L, lampung(() -> notifications.unreadCount(SEKDA)));

    PlanView returned =
        asEmployee(SEKDA, () -> review.returnPlan(plan.id(), plan.version(), REASON));
    NoticeView toEmployee = newest(ASISTEN);
    assertEquals(NoticeKind.PLAN_RETURNED, toEmployee.kind());
    assertEquals(RETURNED_SUBJECT, toEmployee.indonesian().subject());
    assertTrue(toEmployee.indonesian().body().endsWith(REASON), toEmployee.indonesian()::body);
    assertTrue(toEmployee.english().body().endsWith(REASON), toEmployee.english()::body);
    assertEquals("https://lampung.localhost/skp", toEmployee.link());

    PlanView again = asEmployee(ASISTEN, () -> plans.submit(plan.id(), returned.version()));
    asEmployee(SEKDA, () -> review.approve(plan.id(), again.version()));
    NoticeView approval = newest(ASISTEN);
    assertEquals(NoticeKind.PLAN_APPROVED, approval.kind());
    assertEquals(APPROVED_SUBJECT, approval.indonesian().subject());
    assertTrue(
        approval.indonesian().body().startsWith("Ratna Anggraini"), approval.indonesian()::body);
    assertEquals(
        List.of(NoticeKind.PLAN_APPROVED, NoticeKind.PLAN_RETURNED),
        lampung(() -> notifications.mine(ASISTEN)).stream().map(NoticeView::kind).toList());
  }

  @Test
  @Order(2)
  void aRolledBackTransactionLeavesNoNoticeAndSendsNoEmail() throws Exception {
    transaction.begin();
    try {
      InRegion.run(
          LAMPUNG,
          () ->
              notifications.notify(
                  KEPALA_BIRO, NoticeKind.PLAN_APPROVED, Map.of("year", "2099", "appraiser", "X")));
    } finally {
      transaction.rollback();
    }
    assertTrue(
        lampung(() -> notifications.mine(KEPALA_BIRO)).stream()
            .noneMatch(n -> n.indonesian().subject().equals(ROLLED_BACK_SUBJECT)));
  }

  @Test
  @Order(3)
  @RunAsClient
  void emailsArriveInIndonesianWithEnglishBelowAfterCommitOnly() throws Exception {
    List<MimeMessage> submitted =
        TestMailServer.awaitMessages(SEKDA_EMAIL, SUBMITTED_SUBJECT, 2, 20_000);
    assertEquals(2, submitted.size(), "submitted twice, once after the return");
    String body = String.valueOf(submitted.get(0).getContent());
    int indonesian = body.indexOf(ASISTEN_NAME + " telah mengajukan SKP tahun " + YEAR);
    int english = body.indexOf(ASISTEN_NAME + " has submitted the plan (SKP) for " + YEAR);
    assertTrue(indonesian >= 0 && english > indonesian, body);
    assertTrue(body.contains("https://lampung.localhost/skp/tinjau"), body);

    assertEquals(1, TestMailServer.awaitMessages(SEKDA_EMAIL, APPROVED_SUBJECT, 1, 10_000).size());
    List<MimeMessage> returned =
        TestMailServer.awaitMessages(ASISTEN_EMAIL, RETURNED_SUBJECT, 1, 10_000);
    assertEquals(1, returned.size());
    assertTrue(String.valueOf(returned.get(0).getContent()).contains(REASON));
    assertEquals(
        1, TestMailServer.awaitMessages(ASISTEN_EMAIL, APPROVED_SUBJECT, 1, 10_000).size());

    Thread.sleep(1000);
    assertEquals(List.of(), TestMailServer.messages(KEPALA_BIRO_EMAIL, ROLLED_BACK_SUBJECT));
  }

  @Test
  @Order(4)
  void deadlineRemindersGoToEveryEmployeeOncePerPeriodWithinThreeDays() throws Exception {
    PeriodView q1 =
        lampung(() -> periods.openYear(YEAR)).stream()
            .filter(p -> p.kind() == PeriodKind.QUARTER && p.number() == 1)
            .findFirst()
            .orElseThrow();
    Instant early = q1.deadline().minus(Duration.ofDays(4));
    assertEquals(List.of(), lampung(() -> reminders.remind(early)));

    Instant due = q1.deadline().minus(Duration.ofDays(2));
    assertEquals(List.of(q1.id()), lampung(() -> reminders.remind(due)));
    assertEquals(List.of(), lampung(() -> reminders.remind(due)));
    assertEquals(List.of(), lampung(() -> reminders.remind(due.plus(Duration.ofHours(12)))));

    for (String nip : List.of(ANALIS, SEKDA, ADMIN)) {
      List<NoticeView> reminded =
          lampung(() -> notifications.mine(nip)).stream()
              .filter(n -> n.indonesian().subject().equals(Q1_REMINDER_SUBJECT))
              .toList();
      assertEquals(1, reminded.size(), nip);
      assertEquals(NoticeKind.DEADLINE_APPROACHING, reminded.get(0).kind());
    }
    // The other region's employees are not reminded of Lampung's periods.
    assertTrue(
        inTransaction(BANYUMANIK, () -> notifications.mine(BANYUMANIK_PENILAI)).stream()
            .noneMatch(n -> n.kind() == NoticeKind.DEADLINE_APPROACHING));
  }

  @Test
  @Order(5)
  @RunAsClient
  void aReminderEmailIsSentOncePerEmployee() throws Exception {
    assertEquals(
        1, TestMailServer.awaitMessages(ANALIS_EMAIL, Q1_REMINDER_SUBJECT, 1, 20_000).size());
    Thread.sleep(1000);
    assertEquals(1, TestMailServer.messages(ANALIS_EMAIL, Q1_REMINDER_SUBJECT).size());
  }

  @Test
  @Order(6)
  void onlyTheRecipientCanReadANoticeAndAnotherRegionSeesNone() throws Exception {
    NoticeView sekdas = newest(SEKDA);
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> lampung(() -> notifications.markRead(ASISTEN, sekdas.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () ->
            inTransaction(
                BANYUMANIK, () -> notifications.markRead(BANYUMANIK_PENILAI, sekdas.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inTransaction(BANYUMANIK, () -> notifications.markRead(SEKDA, sekdas.id())));
    assertEquals(List.of(), inTransaction(BANYUMANIK, () -> notifications.mine(SEKDA)));
    assertTrue(
        inTransaction(BANYUMANIK, () -> notifications.mine(BANYUMANIK_PENILAI)).stream()
            .noneMatch(n -> n.id() == sekdas.id()));
    assertFalse(newest(SEKDA).read());

    long unread = lampung(() -> notifications.unreadCount(SEKDA));
    NoticeView read = lampung(() -> notifications.markRead(SEKDA, sekdas.id()));
    assertTrue(read.read());
    assertEquals(unread - 1L, lampung(() -> notifications.unreadCount(SEKDA)));
    assertEquals((int) unread - 1, lampung(() -> notifications.markAllRead(SEKDA)));
    assertEquals(0L, lampung(() -> notifications.unreadCount(SEKDA)));
    assertTrue(lampung(() -> notifications.mine(SEKDA)).stream().allMatch(NoticeView::read));
  }

  @Test
  @Order(7)
  void theBellIsOneOfThePortalHeaderItems() {
    assertTrue(headerItems.stream().anyMatch(BellHeaderItem.class::isInstance));
  }

  // ---- helpers ----

  /** The employee's plan of the year with one UTAMA RHK and one IKI with a target, submitted. */
  private PlanView submitted(String nip, Long supports, String text) throws Exception {
    return new PlanFixtures(transaction, LAMPUNG, YEAR).submitted(nip, supports, text);
  }

  private NoticeView newest(String nip) throws Exception {
    return lampung(() -> notifications.mine(nip)).get(0);
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  private <T> T lampung(Work<T> work) throws Exception {
    return inTransaction(LAMPUNG, work);
  }

  private <T> T inTransaction(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }

  private <T> T asEmployee(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, LAMPUNG, nip, Set.of("employee"), work);
  }
}
