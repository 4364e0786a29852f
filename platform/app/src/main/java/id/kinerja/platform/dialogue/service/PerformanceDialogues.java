package id.kinerja.platform.dialogue.service;

import id.kinerja.platform.dialogue.domain.PerformanceDialogue;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

/** The performance dialogues of the current region. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PerformanceDialogues {

  @Inject TenantEntityManager entityManager;

  /** The dialogue with this id; refused as not found otherwise. */
  PerformanceDialogue find(long id) {
    return Records.find(entityManager.get(), PerformanceDialogue.class, id);
  }

  /** The employee's own dialogues, latest meeting first. */
  List<PerformanceDialogue> of(Employee employee) {
    return list("d.employee", employee);
  }

  /** The dialogues the appraiser held as pejabat penilai, latest meeting first. */
  List<PerformanceDialogue> heldBy(Employee appraiser) {
    return list("d.appraiser", appraiser);
  }

  /** Whether the employee has a dialogue for the period. */
  boolean existsFor(Employee employee, EvaluationPeriod period) {
    return entityManager
            .get()
            .createQuery(
                "select count(d) from PerformanceDialogue d where d.employee = :e"
                    + " and d.period = :p",
                Long.class)
            .setParameter("e", employee)
            .setParameter("p", period)
            .getSingleResult()
        > 0;
  }

  /** Stores a new dialogue, at once. */
  void store(PerformanceDialogue dialogue) {
    entityManager.get().persist(dialogue);
    Records.flush(entityManager.get());
  }

  /**
   * Writes a changed dialogue with a new version, also when only its items changed; a stale version
   * is refused as a concurrent change.
   */
  void storeChanged(PerformanceDialogue dialogue) {
    entityManager.get().lock(dialogue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Records.flush(entityManager.get());
  }

  private List<PerformanceDialogue> list(String side, Employee person) {
    return entityManager
        .get()
        .createQuery(
            "select d from PerformanceDialogue d where "
                + side
                + " = :p order by d.meetingDate desc, d.id desc",
            PerformanceDialogue.class)
        .setParameter("p", person)
        .getResultList();
  }
}
