package id.kinerja.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.notification.Mailbox.Mail;
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
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications inside the real WAR on Payara Micro and PostgreSQL, with a real mail server
 * (GreenMail) in the test JVM whose inboxes the tests read over IMAP ({@link Mailbox}). Acts in
 * Lampung (quarterly), performance year 2030, which no other integration test uses, and in
 * Banyumanik for isolation. Each test makes the notices it checks; none depends on another's.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, MailServerExtension.class, ArquillianExtension.class})
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

  /** Sent after the rolled-back notice, committed: once it arrived, the other would have too. */
  private static final String AFTER_ROLLBACK_SUBJECT = "SKP 2098 Anda disetujui";

  private static final String REASON = "Target kuantitas belum terukur";
  private static final String Q1_REMINDER_SUBJECT =
      "Batas waktu periode " + YEAR + "-01-01 – " + YEAR + "-03-31 segera tiba";
  private static final String Q2_REMINDER_SUBJECT =
      "Batas waktu periode " + YEAR + "-04-01 – " + YEAR + "-06-30 segera tiba";

  /** How long an email may take from commit to the inbox. */
  private static final long MAIL_WAIT = 20_000;

  @Deployment(testable = true)
  static WebArchive deployment() {
    return Deployments.platformWith(NotificationIT.class, MailServerExtension.class, Mailbox.class);
  }

  @Inject NotificationService notifications;
  @Inject DeadlineReminders reminders;
  @Inject PlanDrafting plans;
  @Inject PlanReview review;
  @Inject PeriodService periods;
  @Inject UserTransaction transaction;
  @Inject Instance<HeaderItem> headerItems;

  @Test
  void submitReturnAndApprovalNotifyInAppAndByEmailInIndonesianWithEnglishBelow() throws Exception {
    // Other tests notify these employees too (deadline reminders): this one counts its own.
    Set<Long> asistensEarlier = ids(as(ASISTEN, () -> notifications.mine()));
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
    long sekdaUnread = as(SEKDA, () -> notifications.unreadCount());

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
    assertEquals(sekdaUnread + 1L, as(SEKDA, () -> notifications.unreadCount()));

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
        as(ASISTEN, () -> notifications.mine()).stream()
            .filter(n -> !asistensEarlier.contains(n.id()))
            .map(NoticeView::kind)
            .toList());

    // The same events by email, once their transactions committed.
    Mailbox sekda = new Mailbox(SEKDA_EMAIL);
    List<Mail> submittedMails = sekda.await(SUBMITTED_SUBJECT, 2, MAIL_WAIT);
    assertEquals(2, submittedMails.size(), "submitted twice, once after the return");
    String body = submittedMails.get(0).body();
    int indonesian = body.indexOf(ASISTEN_NAME + " telah mengajukan SKP tahun " + YEAR);
    int english = body.indexOf(ASISTEN_NAME + " has submitted the plan (SKP) for " + YEAR);
    assertTrue(indonesian >= 0 && english > indonesian, body);
    assertTrue(body.contains("https://lampung.localhost/skp/tinjau"), body);

    assertEquals(1, sekda.await(APPROVED_SUBJECT, 1, MAIL_WAIT).size());
    Mailbox asisten = new Mailbox(ASISTEN_EMAIL);
    List<Mail> returnedMails = asisten.await(RETURNED_SUBJECT, 1, MAIL_WAIT);
    assertEquals(1, returnedMails.size());
    assertTrue(returnedMails.get(0).body().contains(REASON));
    assertEquals(1, asisten.await(APPROVED_SUBJECT, 1, MAIL_WAIT).size());
  }

  @Test
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
        as(KEPALA_BIRO, () -> notifications.mine()).stream()
            .noneMatch(n -> n.indonesian().subject().equals(ROLLED_BACK_SUBJECT)));

    // A notice committed after the rollback: once its email arrived, the rolled-back one, had it
    // been queued, would have been sent before it.
    lampung(
        () -> {
          notifications.notify(
              KEPALA_BIRO, NoticeKind.PLAN_APPROVED, Map.of("year", "2098", "appraiser", "X"));
          return null;
        });
    Mailbox kepalaBiro = new Mailbox(KEPALA_BIRO_EMAIL);
    assertEquals(1, kepalaBiro.await(AFTER_ROLLBACK_SUBJECT, 1, MAIL_WAIT).size());
    assertEquals(List.of(), kepalaBiro.withSubject(ROLLED_BACK_SUBJECT));
  }

  @Test
  void deadlineRemindersGoToEveryEmployeeOncePerPeriodWithinThreeDaysInAppAndByEmail()
      throws Exception {
    List<PeriodView> year = yearsPeriods();
    PeriodView q1 = quarter(year, 1);
    Instant early = q1.deadline().minus(Duration.ofDays(4));
    assertEquals(List.of(), lampung(() -> reminders.remind(early)));

    Instant due = q1.deadline().minus(Duration.ofDays(2));
    assertEquals(List.of(q1.id()), lampung(() -> reminders.remind(due)));
    assertEquals(List.of(), lampung(() -> reminders.remind(due)));
    assertEquals(List.of(), lampung(() -> reminders.remind(due.plus(Duration.ofHours(12)))));

    for (String nip : List.of(ANALIS, SEKDA, ADMIN)) {
      List<NoticeView> reminded =
          as(nip, () -> notifications.mine()).stream()
              .filter(n -> n.indonesian().subject().equals(Q1_REMINDER_SUBJECT))
              .toList();
      assertEquals(1, reminded.size(), nip);
      assertEquals(NoticeKind.DEADLINE_APPROACHING, reminded.get(0).kind());
    }
    // The other region's employees are not reminded of Lampung's periods.
    assertTrue(
        inBanyumanikAs(BANYUMANIK_PENILAI, () -> notifications.mine()).stream()
            .noneMatch(n -> n.kind() == NoticeKind.DEADLINE_APPROACHING));

    // One reminder email per employee: the next quarter's reminder, sent after the repeated calls
    // above, arrives after any duplicate of the first would have.
    Mailbox analis = new Mailbox(ANALIS_EMAIL);
    assertEquals(1, analis.await(Q1_REMINDER_SUBJECT, 1, MAIL_WAIT).size());
    PeriodView q2 = quarter(year, 2);
    assertEquals(
        List.of(q2.id()), lampung(() -> reminders.remind(q2.deadline().minus(Duration.ofDays(2)))));
    assertEquals(1, analis.await(Q2_REMINDER_SUBJECT, 1, MAIL_WAIT).size());
    assertEquals(1, analis.withSubject(Q1_REMINDER_SUBJECT).size());
  }

  @Test
  void onlyTheRecipientCanReadANoticeAndAnotherRegionSeesNone() throws Exception {
    lampung(
        () -> {
          notifications.notify(
              SEKDA, NoticeKind.PLAN_APPROVED, Map.of("year", "2097", "appraiser", "X"));
          return null;
        });
    NoticeView sekdas = newest(SEKDA);
    assertKind(
        RuleViolation.Kind.NOT_FOUND, () -> as(ASISTEN, () -> notifications.markRead(sekdas.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inBanyumanikAs(BANYUMANIK_PENILAI, () -> notifications.markRead(sekdas.id())));
    assertKind(
        RuleViolation.Kind.NOT_FOUND,
        () -> inBanyumanikAs(SEKDA, () -> notifications.markRead(sekdas.id())));
    assertEquals(List.of(), inBanyumanikAs(SEKDA, () -> notifications.mine()));
    assertTrue(
        inBanyumanikAs(BANYUMANIK_PENILAI, () -> notifications.mine()).stream()
            .noneMatch(n -> n.id() == sekdas.id()));
    assertFalse(newest(SEKDA).read());

    long unread = as(SEKDA, () -> notifications.unreadCount());
    NoticeView read = as(SEKDA, () -> notifications.markRead(sekdas.id()));
    assertTrue(read.read());
    assertEquals(unread - 1L, as(SEKDA, () -> notifications.unreadCount()));
    assertEquals((int) unread - 1, as(SEKDA, () -> notifications.markAllRead()));
    assertEquals(0L, as(SEKDA, () -> notifications.unreadCount()));
    assertTrue(as(SEKDA, () -> notifications.mine()).stream().allMatch(NoticeView::read));
  }

  @Test
  void theBellIsOneOfThePortalHeaderItems() {
    assertTrue(headerItems.stream().anyMatch(BellHeaderItem.class::isInstance));
  }

  // ---- helpers ----

  /** The employee's plan of the year with one UTAMA RHK and one IKI with a target, submitted. */
  private PlanView submitted(String nip, Long supports, String text) throws Exception {
    return new PlanFixtures(transaction, LAMPUNG, YEAR).submitted(nip, supports, text);
  }

  /** Lampung's periods of the year, opened by its admin unless open already. */
  private List<PeriodView> yearsPeriods() throws Exception {
    List<PeriodView> open = lampung(() -> periods.periods(YEAR));
    return open.isEmpty()
        ? InRegion.asCaller(
            transaction, LAMPUNG, ADMIN, Set.of("employee", "admin"), () -> periods.openYear(YEAR))
        : open;
  }

  private static PeriodView quarter(List<PeriodView> periods, int number) {
    return periods.stream()
        .filter(p -> p.kind() == PeriodKind.QUARTER && p.number() == number)
        .findFirst()
        .orElseThrow();
  }

  private static Set<Long> ids(List<NoticeView> notices) {
    return notices.stream().map(NoticeView::id).collect(java.util.stream.Collectors.toSet());
  }

  private NoticeView newest(String nip) throws Exception {
    return as(nip, () -> notifications.mine()).get(0);
  }

  private static void assertKind(RuleViolation.Kind kind, Work<?> work) {
    InRegion.assertRefused(kind, work);
  }

  /** Runs {@code work} in Lampung acting as the employee {@code nip}. */
  private <T> T as(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, LAMPUNG, nip, Set.of("employee"), work);
  }

  private <T> T inBanyumanikAs(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee"), work);
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
