package id.kinerja.platform.notification.service;

import id.kinerja.platform.notification.domain.Notice;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Notices to the employees of the current region. Other features call {@link #notify} inside their
 * own transaction: the in-app notice is stored in it, and the email is sent only once it commits.
 * The reading methods are the acting person's ({@link Actor}); a notice of someone else (or of
 * another region) is not found.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject CurrentRegion region;

  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  /** The most notices the list shows, newest first. */
  public static final int MAX_LISTED = 200;

  @Inject TenantEntityManager entityManager;
  @Inject Notices notices;
  @Inject NotificationSettings settings;
  @Inject Event<OutgoingMail> mails;
  @Inject Actor actor;
  @Inject Clock clock;

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
        new Notice(recipient, kind, params, settings.link(region.code(), kind.page()), now());
    notices.store(notice);
    String email = recipient.getEmail();
    if (email != null && !email.isBlank()) {
      mails.fire(new OutgoingMail(email, notice.indonesian().subject(), notice.emailBody()));
    }
  }

  /** The acting person's notices, newest first (at most {@link #MAX_LISTED}). */
  public List<NoticeView> mine() {
    return notices.newestOf(actor.nip(), MAX_LISTED).stream().map(NoticeView::of).toList();
  }

  /** How many of the acting person's notices are unread. */
  public long unreadCount() {
    return notices.unreadCountOf(actor.nip());
  }

  /**
   * Marks one of the acting person's notices read.
   *
   * @throws RuleViolation NOT_FOUND for a notice of someone else or of another region
   */
  public NoticeView markRead(long noticeId) {
    String nip = actor.nip();
    Notice notice =
        notices
            .find(noticeId)
            .filter(n -> n.isAddressedTo(nip))
            .orElseThrow(RuleViolation::notFound);
    notice.markRead(now());
    flush();
    return NoticeView.of(notice);
  }

  /** Marks all the acting person's notices read; returns how many were unread. */
  public int markAllRead() {
    List<Notice> unread = notices.unreadOf(actor.nip());
    OffsetDateTime now = now();
    unread.forEach(n -> n.markRead(now));
    flush();
    return unread.size();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private void flush() {
    Records.flush(entityManager.get());
  }

  private Optional<Employee> employee(String nip) {
    if (nip == null) {
      return Optional.empty();
    }
    return Employees.byNip(entityManager.get(), nip);
  }
}
