package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.evaluation.domain.ObjectionDeadline;
import id.kinerja.platform.evaluation.domain.PeriodRating;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What every rating service of this package asks of the request and the region: who acts, what time
 * it is, the region's objection deadline, how a rating is shown and how its changes are written and
 * audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RatingContext {

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject TenantRegistry registry;
  @Inject AuditTrail audit;
  @Inject Ratings ratings;
  @Inject Clock clock;

  /** The acting employee; refused as forbidden when the login names no employee of the region. */
  public Employee me() {
    return employees.byNip(actor.nip()).orElseThrow(RatingRefusals::forbidden);
  }

  /** Whether the actor is the region's pengelola kinerja. */
  public boolean isAdmin() {
    return actor.isAdmin();
  }

  /** The region's code, for the events. */
  public String region() {
    return actor.region();
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Whether the employee may still object to the published rating, by the region's deadline. */
  public boolean objectionOpen(PeriodRating rating) {
    TenantDefinition region = registry.current();
    return ObjectionDeadline.isOpen(
        rating.getPublishedAt().toInstant(),
        region.timeZone(),
        region.deadlines().objectionDays(),
        clock.instant());
  }

  /** The rating as shown, with the deadline for objections once published. */
  public RatingView view(PeriodRating rating) {
    return RatingView.of(rating, rating.isPublished() ? deadline(rating) : null);
  }

  /** Audits a new rating. */
  public RatingView created(PeriodRating rating) {
    RatingView after = view(rating);
    audit.record(RatingService.AUDIT_ENTITY, String.valueOf(rating.getId()), "rate", null, after);
    return after;
  }

  /**
   * Writes the changed rating (and its objection, if given) with raised versions, and audits the
   * change.
   */
  public RatingView changed(PeriodRating rating, String action, RatingView before, Object... also) {
    Object[] records = new Object[also.length + 1];
    System.arraycopy(also, 0, records, 0, also.length);
    records[also.length] = rating;
    ratings.changed(records);
    RatingView after = view(rating);
    audit.record(RatingService.AUDIT_ENTITY, String.valueOf(rating.getId()), action, before, after);
    return after;
  }

  private Instant deadline(PeriodRating rating) {
    TenantDefinition region = registry.current();
    return ObjectionDeadline.of(
        rating.getPublishedAt().toInstant(), region.timeZone(), region.deadlines().objectionDays());
  }
}
