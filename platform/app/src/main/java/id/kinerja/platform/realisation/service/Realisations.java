package id.kinerja.platform.realisation.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.realisation.domain.Evidence;
import id.kinerja.platform.realisation.domain.EvidenceFile;
import id.kinerja.platform.realisation.domain.Realisation;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The current region's realisations with their evidence: the repository of the realisation
 * aggregate, and the records a realisation refers to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Realisations {

  @Inject TenantEntityManager entityManager;

  /** The record of this type and id in the region; refused as not found otherwise. */
  public <T> T find(Class<T> type, long id) {
    return Records.find(em(), type, id);
  }

  /** The realisation of an IKI for a period, if recorded. */
  public Optional<Realisation> of(Indicator indicator, EvaluationPeriod period) {
    return em().createQuery(
            "select r from Realisation r where r.indicator = :i and r.period = :p",
            Realisation.class)
        .setParameter("i", indicator)
        .setParameter("p", period)
        .getResultStream()
        .findFirst();
  }

  /** The employee's realisations of a period, in the order they were recorded. */
  public List<Realisation> ofEmployee(Employee employee, EvaluationPeriod period) {
    return em().createQuery(
            "select r from Realisation r where r.employee = :e and r.period = :p order by r.id",
            Realisation.class)
        .setParameter("e", employee)
        .setParameter("p", period)
        .getResultList();
  }

  /** The employee's direct reports, by name. */
  public List<Employee> reportsOf(Employee supervisor) {
    return em().createQuery(
            "select e from Employee e where e.supervisor = :me order by e.name", Employee.class)
        .setParameter("me", supervisor)
        .getResultList();
  }

  /** The stored content of a file evidence; refused as not found for a link. */
  public EvidenceFile fileOf(Evidence evidence) {
    return em().createQuery(
            "select f from EvidenceFile f where f.evidence = :e", EvidenceFile.class)
        .setParameter("e", evidence)
        .getResultStream()
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  /** Deletes the stored content of an evidence, if any: before the evidence itself goes. */
  public void deleteFileOf(Evidence evidence) {
    em().createQuery("delete from EvidenceFile f where f.evidence = :e")
        .setParameter("e", evidence)
        .executeUpdate();
  }

  /** Stores a new realisation, evidence or evidence file. */
  public void store(Object record) {
    em().persist(record);
  }

  /**
   * Writes pending changes now; a stale version, or a realisation of the same IKI and period
   * recorded meanwhile, is refused as a concurrent change.
   */
  public void flush() {
    Records.flushOrConflict(em());
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
