package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current region's units (unit kerja): the repository of the unit tree. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrgUnits {

  @Inject TenantEntityManager entityManager;

  /** Every unit with its parent, parents before children (by id: a parent is created first). */
  public List<OrgUnit> all() {
    return entityManager
        .get()
        .createQuery(
            "select u from OrgUnit u left join fetch u.parent order by u.id", OrgUnit.class)
        .getResultList();
  }

  /** Each unit's parent unit id, by unit id; the root's parent is {@code null}. */
  public Map<Long, Long> parents() {
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] row :
        entityManager
            .get()
            .createQuery("select u.id, p.id from OrgUnit u left join u.parent p", Object[].class)
            .getResultList()) {
      parents.put((Long) row[0], (Long) row[1]);
    }
    return parents;
  }
}
