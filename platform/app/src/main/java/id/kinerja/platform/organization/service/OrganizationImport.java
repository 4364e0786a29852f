package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.organization.domain.ImportRow;
import id.kinerja.platform.organization.domain.Nip;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.OrganizationCsv;
import id.kinerja.platform.security.service.KeycloakUsers;
import id.kinerja.platform.security.service.UserAccount;
import id.kinerja.platform.shell.service.UserFacingException;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports units and employees of the current region from a CSV file. Valid rows are applied,
 * invalid ones skipped and reported; importing the same file twice changes nothing the second time.
 * Once the data is committed, the Keycloak users of every imported employee are provisioned (see
 * {@link KeycloakUsers}); a Keycloak failure is reported per employee and undoes nothing.
 */
@ApplicationScoped
public class OrganizationImport {

  @Inject TenantEntityManager entityManager;
  @Inject TenantRegistry registry;
  @Inject KeycloakUsers keycloakUsers;

  /** This bean through its proxy, so that {@link #applyCsv} runs in its own transaction. */
  @Inject OrganizationImport self;

  /**
   * Imports {@code csv} into the current region, then provisions the Keycloak users of the imported
   * employees (after the commit: Keycloak is not part of the transaction).
   *
   * @return the counts, the refused rows, the error report and the Keycloak outcomes
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ImportReport importCsv(byte[] csv) {
    Applied applied = self.applyCsv(csv);
    if (applied.accounts().isEmpty()) {
      return applied.report();
    }
    return applied.report().withAccounts(keycloakUsers.provision(applied.accounts()));
  }

  /**
   * The data part of {@link #importCsv}, in one transaction.
   *
   * @param report the counts, the refused rows and the error report
   * @param accounts the imported employees, for Keycloak
   */
  public record Applied(ImportReport report, List<UserAccount> accounts) {}

  /** Applies {@code csv} to the region's data, in one transaction. */
  @Transactional
  public Applied applyCsv(byte[] csv) {
    OrganizationCsv.Parsed parsed = OrganizationCsv.parse(csv);
    if (parsed.refused()) {
      return new Applied(
          new ImportReport(
              0,
              0,
              0,
              parsed.rows().size(),
              0,
              parsed.fileProblems(),
              text(OrganizationCsv.errorReport(parsed, Map.of()))),
          List.of());
    }
    EntityManager em = entityManager.get();
    Map<String, Employee> byNip = new HashMap<>();
    for (Employee e :
        em.createQuery("select e from Employee e left join fetch e.unit", Employee.class)
            .getResultList()) {
      byNip.put(e.getNip().value(), e);
    }
    Map<String, String> links = new HashMap<>();
    for (Employee e : byNip.values()) {
      links.put(
          e.getNip().value(),
          e.getSupervisor() == null ? null : e.getSupervisor().getNip().value());
    }
    Map<Integer, List<ImportProblem>> problems = OrganizationCsv.validate(parsed.rows(), links);

    Units units = new Units(em);
    int created = 0;
    Set<String> changed = new HashSet<>();
    Map<String, ImportRow> accepted = new LinkedHashMap<>();
    for (ImportRow row : parsed.rows()) {
      if (problems.containsKey(row.row())) {
        continue;
      }
      accepted.put(row.nip(), row);
      OrgUnit unit = units.named(row.unit());
      Employee employee = byNip.get(row.nip());
      if (employee == null) {
        employee =
            new Employee(
                new Nip(row.nip()),
                row.name(),
                row.position(),
                row.parsedPositionKind(),
                row.parsedStatus(),
                row.email() == null || row.email().isEmpty() ? null : row.email(),
                unit);
        em.persist(employee);
        byNip.put(row.nip(), employee);
        created++;
        changed.add(row.nip());
      } else if (employee.update(
          row.name(),
          row.position(),
          row.parsedPositionKind(),
          row.parsedStatus(),
          row.email(),
          unit)) {
        changed.add(row.nip());
      }
    }
    // Supervisor links once every employee exists: first cut the links that change, then set the
    // new ones, so that no intermediate state forms a cycle.
    Map<Employee, Employee> relink = new LinkedHashMap<>();
    for (ImportRow row : accepted.values()) {
      if (row.supervisorNip() == null) {
        continue;
      }
      Employee employee = byNip.get(row.nip());
      Employee supervisor = row.supervisorNip().isEmpty() ? null : byNip.get(row.supervisorNip());
      if (employee.getSupervisor() != supervisor) {
        relink.put(employee, supervisor);
        changed.add(row.nip());
      }
    }
    relink.keySet().forEach(e -> e.setSupervisor(null));
    relink.forEach(Employee::setSupervisor);
    int unchanged = accepted.size() - changed.size();
    int updated = changed.size() - created;
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw UserFacingException.concurrentChange();
    }
    List<ImportProblem> all = new ArrayList<>();
    problems.values().forEach(all::addAll);
    List<UserAccount> accounts = new ArrayList<>();
    for (ImportRow row : accepted.values()) {
      Employee employee = byNip.get(row.nip());
      accounts.add(
          new UserAccount(
              row.nip(),
              employee.getName(),
              row.email() != null ? row.email() : employee.getEmail()));
    }
    ImportReport report =
        new ImportReport(
            created,
            updated,
            unchanged,
            problems.size(),
            units.created,
            all,
            problems.isEmpty() ? "" : text(OrganizationCsv.errorReport(parsed, problems)));
    return new Applied(report, accounts);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The region's units by name, creating missing ones under the root unit. */
  private final class Units {
    private final EntityManager em;
    private final Map<String, OrgUnit> byName = new HashMap<>();
    private final Set<String> codes = new HashSet<>();
    private OrgUnit root;
    int created;

    Units(EntityManager em) {
      this.em = em;
      List<OrgUnit> all =
          em.createQuery("select u from OrgUnit u order by u.id", OrgUnit.class).getResultList();
      for (OrgUnit unit : all) {
        byName.putIfAbsent(key(unit.getName()), unit);
        codes.add(unit.getCode());
      }
      root =
          all.stream()
              .filter(u -> u.getParent() == null)
              .min(Comparator.comparing(OrgUnit::getId))
              .orElse(null);
    }

    OrgUnit named(String name) {
      OrgUnit unit = byName.get(key(name));
      if (unit != null) {
        return unit;
      }
      if (root == null) {
        root = new OrgUnit(code(registry.current().code()), registry.current().name(), null);
        em.persist(root);
        byName.putIfAbsent(key(root.getName()), root);
        created++;
        if (key(name).equals(key(root.getName()))) {
          return root;
        }
      }
      unit = new OrgUnit(code(name), name, root);
      em.persist(unit);
      byName.put(key(name), unit);
      created++;
      return unit;
    }

    private String code(String name) {
      String base =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("(^-|-$)", "");
      if (base.isEmpty()) {
        base = "unit";
      }
      if (base.length() > 60) {
        base = base.substring(0, 60);
      }
      String code = base;
      for (int i = 2; !codes.add(code); i++) {
        code = base + "-" + i;
      }
      return code;
    }
  }

  /** Unit names match ignoring case and repeated spaces. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
