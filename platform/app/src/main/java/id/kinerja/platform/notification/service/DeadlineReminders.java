package id.kinerja.platform.notification.service;

import id.kinerja.platform.notification.domain.DeadlineReminder;
import id.kinerja.platform.notification.domain.NoticeKind;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminds every employee of the current region of an open evaluation period's deadline once it is
 * at most {@link #LEAD} away: once per period, however often it runs.
 */
@ApplicationScoped
@Transactional
public class DeadlineReminders {

  /** How long before a deadline the reminder goes out. */
  public static final Duration LEAD = Duration.ofDays(3);

  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;
  @Inject NotificationService notifications;
  @Inject Clock clock;

  /**
   * Sends the reminders due at {@code now} in the current region.
   *
   * @return the ids of the periods reminded now (none of them reminded before)
   */
  public List<Long> remind(Instant now) {
    List<EvaluationPeriod> due =
        em().createQuery(
                "select p from EvaluationPeriod p where p.state = :open"
                    + " and p.deadline > :now and p.deadline <= :until"
                    + " order by p.deadline, p.id",
                EvaluationPeriod.class)
            .setParameter("open", PeriodState.OPEN)
            .setParameter("now", now.atOffset(ZoneOffset.UTC))
            .setParameter("until", now.plus(LEAD).atOffset(ZoneOffset.UTC))
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    Set<Long> done =
        new HashSet<>(
            em().createQuery("select r.periodId from DeadlineReminder r", Long.class)
                .getResultList());
    List<EvaluationPeriod> pending = due.stream().filter(p -> !done.contains(p.getId())).toList();
    if (pending.isEmpty()) {
      return List.of();
    }
    List<Employee> everyone =
        em().createQuery("select e from Employee e order by e.id", Employee.class).getResultList();
    ZoneId zone = registry.current().timeZone();
    for (EvaluationPeriod period : pending) {
      em().persist(new DeadlineReminder(period.getId(), OffsetDateTime.now(clock)));
      Map<String, String> params =
          Map.of(
              "period",
              label(period),
              "deadline",
              DEADLINE.format(period.getDeadline().atZone(zone)) + " (" + zone + ")");
      everyone.forEach(e -> notifications.notify(e, NoticeKind.DEADLINE_APPROACHING, params));
    }
    em().flush();
    return pending.stream().map(EvaluationPeriod::getId).toList();
  }

  /** The period as its dates, readable in both languages: {@code 2030-01-01 – 2030-03-31}. */
  public static String label(EvaluationPeriod period) {
    return period.getStartsOn() + " – " + period.getEndsOn();
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
