package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the current region's employees and units. Paging and search run in the database. */
@ApplicationScoped
@Transactional
public class EmployeeDirectory {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE = 200;

  @Inject TenantEntityManager entityManager;

  /** The employee with this NIP in the current region. */
  public Optional<EmployeeSummary> byNip(String nip) {
    return em().createQuery(EmployeeSummary.SELECT + " where e.nip = :nip", EmployeeSummary.class)
        .setParameter("nip", nip)
        .getResultStream()
        .findFirst();
  }

  /** The employees the employee with this NIP appraises directly, by name. */
  public List<EmployeeSummary> directReports(String nip) {
    return em().createQuery(
            EmployeeSummary.SELECT + " where s.nip = :nip order by e.name", EmployeeSummary.class)
        .setParameter("nip", nip)
        .getResultList();
  }

  /** One page of the employees whose name or NIP contains {@code query} (all if blank), by name. */
  public List<EmployeeSummary> search(String query, int offset, int limit) {
    TypedQuery<EmployeeSummary> select =
        em().createQuery(
                EmployeeSummary.SELECT + where(query) + " order by e.name, e.id",
                EmployeeSummary.class);
    bind(select, query);
    return select
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(0, Math.min(limit, MAX_PAGE)))
        .getResultList();
  }

  /** How many employees {@link #search} finds in all. */
  public long count(String query) {
    TypedQuery<Long> count =
        em().createQuery(
                "select count(e) from Employee e join e.unit u left join e.supervisor s"
                    + where(query),
                Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  /** Every unit with the number of employees placed in it, parents before children. */
  public List<UnitNode> units() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em().createQuery(
                "select e.unit.id, count(e) from Employee e group by e.unit.id", Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return em()
        .createQuery(
            "select u from OrgUnit u left join fetch u.parent order by u.id", OrgUnit.class)
        .getResultList()
        .stream()
        .map(
            u ->
                new UnitNode(
                    u.getId(),
                    u.getParent() == null ? null : u.getParent().getId(),
                    u.getCode(),
                    u.getName(),
                    counts.getOrDefault(u.getId(), 0L)))
        .toList();
  }

  private static String where(String query) {
    return blank(query) ? "" : " where lower(e.name) like :q or e.nip like :q";
  }

  private static void bind(TypedQuery<?> select, String query) {
    if (!blank(query)) {
      String escaped = query.trim().toLowerCase(Locale.ROOT).replaceAll("[\\\\%_]", "");
      select.setParameter("q", "%" + escaped + "%");
    }
  }

  private static boolean blank(String query) {
    return query == null || query.isBlank();
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
