package id.kinerja.platform.survey.service;

import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The current region's service units as the survey knows them: by the code in a page's address. */
@ApplicationScoped
class SurveyUnits {

  @Inject TenantEntityManager entityManager;

  /**
   * The region's unit with this code.
   *
   * @throws RuleViolation NOT_FOUND for a code the region does not have
   */
  OrgUnit byCode(String unitCode) {
    return entityManager
        .get()
        .createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
        .setParameter("code", unitCode)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  /** Every unit of the region, by name. */
  List<OrgUnit> all() {
    return entityManager
        .get()
        .createQuery("select u from OrgUnit u order by u.name, u.code", OrgUnit.class)
        .getResultList();
  }
}
