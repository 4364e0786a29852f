package id.kinerja.platform.survey.service;

import id.kinerja.platform.notification.service.NotificationSettings;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.survey.domain.SkmIndex;
import id.kinerja.platform.survey.domain.StoredAnswer;
import id.kinerja.platform.tenancy.service.CurrentRegion;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen-satisfaction index (SKM/IKM, PermenPANRB 14/2017) of the region's units from the
 * responses to the {@value #SKM_SOURCE} source, and the units' posters. For the region's admin only
 * (the acting {@link Actor}).
 */
@ApplicationScoped
@Transactional
public class SkmService {

  @Inject CurrentRegion region;

  /** The feedback source whose answers are the SKM's elements. */
  public static final String SKM_SOURCE = "citizen-feedback";

  /** Where a unit's public survey page lives, under the portal's address. */
  public static final String PAGE = "survei/";

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;
  @Inject NotificationSettings links;
  @Inject Actor actor;
  @Inject SurveyUnits units;

  /** Every unit of the region with its index over a calendar year, by unit name. */
  public List<UnitIndex> units(int year) {
    return units(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Every unit of the region with its index over the days from {@code first} to {@code last}
   * (inclusive, in the region's time zone), by unit name.
   *
   * @throws RuleViolation FORBIDDEN for anyone but the region's admin
   */
  public List<UnitIndex> units(LocalDate first, LocalDate last) {
    requireAdmin();
    Map<Long, List<List<StoredAnswer>>> byUnit = new HashMap<>();
    for (Object[] row :
        entityManager
            .get()
            .createQuery(
                "select r.unit.id, r.answers from CitizenResponse r where r.sourceId = :source"
                    + " and r.submittedAt >= :from and r.submittedAt < :to",
                Object[].class)
            .setParameter("source", SKM_SOURCE)
            .setParameter("from", start(first))
            .setParameter("to", start(last.plusDays(1)))
            .getResultList()) {
      byUnit
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(ResponseAnswers.fromJson((String) row[1]));
    }
    return units.all().stream()
        .map(
            u ->
                new UnitIndex(
                    u.getCode(),
                    u.getName(),
                    publicLink(u.getCode()),
                    SkmIndex.of(byUnit.getOrDefault(u.getId(), List.of()))))
        .toList();
  }

  /**
   * The printable A4 poster of a unit's survey page (PDF).
   *
   * @throws RuleViolation FORBIDDEN for anyone but the region's admin, NOT_FOUND for a unit the
   *     region does not have
   */
  public byte[] poster(String unitCode) {
    requireAdmin();
    OrgUnit unit = units.byCode(unitCode);
    return SurveyPoster.pdf(registry.current().name(), unit.getName(), publicLink(unit.getCode()));
  }

  /** The file name of a unit's poster. */
  public static String posterFileName(String unitCode) {
    return "poster-skm-" + unitCode + ".pdf";
  }

  /** The absolute address of a unit's survey page in the current region. */
  public String publicLink(String unitCode) {
    return links.link(region.code(), PAGE + unitCode);
  }

  private OffsetDateTime start(LocalDate day) {
    ZoneId zone = registry.current().timeZone();
    return day.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The survey's results are the region admin's: checked before anything is read. */
  private void requireAdmin() {
    if (!actor.isAdmin()) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya admin wilayah yang dapat melihat hasil survei kepuasan masyarakat.",
          "Only the region's admin may see the citizen-satisfaction survey.");
    }
  }
}
