package id.kinerja.platform.notification.service;

import id.kinerja.platform.tenancy.service.RegionScope;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the deadline reminders of every region once a day, each region in its own transaction. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineReminderSchedule {

  @Inject RegionScope regions;

  private static final Logger LOG = Logger.getLogger(DeadlineReminderSchedule.class.getName());

  @Inject TenantRegistry registry;
  @Inject DeadlineReminders reminders;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "0", persistent = false)
  void daily() {
    Instant now = clock.instant();
    for (TenantDefinition region : registry.all()) {
      try {
        List<Long> periods = regions.call(region.code(), () -> reminders.remind(now));
        if (!periods.isEmpty()) {
          LOG.info(() -> "Deadline reminders sent in " + region.code() + " for " + periods);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Deadline reminders failed in region " + region.code(), e);
      }
    }
  }
}
