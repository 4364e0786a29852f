package id.kinerja.platform.shell.service;

import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** The services' two common steps on records, with their refusals in the user's terms. */
public final class Records {

  private Records() {}

  /** The record with this id in the current region, or the bilingual not-found refusal. */
  public static <T> T find(EntityManager em, Class<T> type, Object id) {
    T found = em.find(type, id);
    if (found == null) {
      throw RuleViolation.notFound();
    }
    return found;
  }

  /** Writes pending changes; a stale version becomes the bilingual concurrent-change refusal. */
  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw RuleViolation.concurrentChange();
    }
  }

  /**
   * Writes pending changes; any failure to write (a stale version, or a unique key another
   * transaction took meanwhile) becomes the bilingual concurrent-change refusal.
   */
  public static void flushOrConflict(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw RuleViolation.concurrentChange();
    }
  }
}
