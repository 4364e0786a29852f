package id.kinerja.platform.notification.service;

import id.kinerja.platform.notification.domain.Notice;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Notices to the employees of the current region. Other features call {@link #notify} inside their
 * own transaction: the in-app notice is stored in it, and the email is sent only once it commits.
 * The recipient's reading methods take the caller's NIP; a notice of someone else (or of another
 * region) is not found.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject CurrentRegion region;

  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  /** The most notices the list shows, newest first. */
  public static final int MAX_LISTED = 200;

  @Inject TenantEntityManager entityManager;
  @Inject NotificationSettings settings;
  @Inject Event<OutgoingMail> mails;

  /**
   * Notifies an employee of the current region: stores an in-app notice in the caller's
   * transaction, and queues an email to the employee's address, sent after the transaction commits
   * (never if it rolls back). An unknown NIP is logged and ignored: a notice never breaks the
   * business transaction.
   *
   * @param recipientNip the employee to notify
   * @param kind what it is about
   * @param params the values of the kind's text placeholders (see {@link NoticeKind})
   */
  public void notify(String recipientNip, NoticeKind kind, Map<String, String> params) {
    Optional<Employee> recipient = employee(recipientNip);
    if (recipient.isEmpty()) {
      LOG.warning(
          () ->
              "No employee "
                  + recipientNip
                  + " in region "
                  + region.code()
                  + " to notify of "
                  + kind);
      return;
    }
    notify(recipient.get(), kind, params);
  }

  /** {@link #notify(String, NoticeKind, Map)} for an employee at hand. */
  void notify(Employee recipient, NoticeKind kind, Map<String, String> params) {
    Notice notice =
        new Notice(
            recipient,
            kind,
            params,
            settings.link(region.code(), kind.page()),
            OffsetDateTime.now(ZoneOffset.UTC));
    em().persist(notice);
    String email = recipient.getEmail();
    if (email != null && !email.isBlank()) {
      mails.fire(new OutgoingMail(email, notice.indonesian().subject(), notice.emailBody()));
    }
  }

  /** The caller's notices, newest first (at most {@link #MAX_LISTED}). */
  public List<NoticeView> mine(String actorNip) {
    return em().createQuery(
            "select n from Notice n join n.recipient e where e.nip = :nip"
                + " order by n.createdAt desc, n.id desc",
            Notice.class)
        .setParameter("nip", actorNip)
        .setMaxResults(MAX_LISTED)
        .getResultStream()
        .map(NoticeView::of)
        .toList();
  }

  /** How many of the caller's notices are unread. */
  public long unreadCount(String actorNip) {
    return em().createQuery(
            "select count(n) from Notice n join n.recipient e where e.nip = :nip"
                + " and n.readAt is null",
            Long.class)
        .setParameter("nip", actorNip)
        .getSingleResult();
  }

  /**
   * Marks one of the caller's notices read.
   *
   * @throws RuleViolation NOT_FOUND for a notice of someone else or of another region
   */
  public NoticeView markRead(String actorNip, long noticeId) {
    Notice notice = em().find(Notice.class, noticeId);
    if (notice == null
        || actorNip == null
        || !actorNip.equals(notice.getRecipient().getNip().value())) {
      throw RuleViolation.notFound();
    }
    notice.markRead(OffsetDateTime.now(ZoneOffset.UTC));
    flush();
    return NoticeView.of(notice);
  }

  /** Marks all the caller's notices read; returns how many were unread. */
  public int markAllRead(String actorNip) {
    List<Notice> unread =
        em().createQuery(
                "select n from Notice n join n.recipient e where e.nip = :nip"
                    + " and n.readAt is null",
                Notice.class)
            .setParameter("nip", actorNip)
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    unread.forEach(n -> n.markRead(now));
    flush();
    return unread.size();
  }

  private void flush() {
    Records.flush(em());
  }

  private Optional<Employee> employee(String nip) {
    if (nip == null) {
      return Optional.empty();
    }
    return Employees.byNip(em(), nip);
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
