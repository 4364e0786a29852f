package id.kinerja.platform.tenancy;

import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.service.RegionScope;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;

/** Runs in-container test work for one region inside its own committed transaction. */
public final class InRegion {

  /** A unit of work that may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  private InRegion() {}

  /** Asserts that {@code work} is refused as {@code kind}; returns the refusal. */
  public static RuleViolation assertRefused(RuleViolation.Kind kind, Work<?> work) {
    RuleViolation e = Assertions.assertThrows(RuleViolation.class, work::run);
    Assertions.assertEquals(kind, e.kind(), e.getMessage());
    return e;
  }

  /** The id of the employee with this NIP; call inside a region's transaction. */
  public static long employeeId(EntityManager em, String nip) {
    return em.createQuery("select e.id from Employee e where e.nip = :nip", Long.class)
        .setParameter("nip", nip)
        .getSingleResult();
  }

  /** The audit trail's actions on one record, in order; call inside a region's transaction. */
  public static List<String> auditActions(EntityManager em, String entityType, String entityId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select action from audit_event where entity_type = ? and entity_id = ?"
                    + " order by seq")
            .setParameter(1, entityType)
            .setParameter(2, entityId)
            .getResultList();
    return rows.stream().map(String::valueOf).toList();
  }

  /** Runs {@code work} for {@code region} (in-container: through the platform's region scope). */
  public static <T> T call(String region, Supplier<T> work) {
    return CDI.current().select(RegionScope.class).get().call(region, work);
  }

  /** Runs {@code work} for {@code region}. */
  public static void run(String region, Runnable work) {
    CDI.current().select(RegionScope.class).get().run(region, work);
  }

  /** The caller {@code nip} of {@code region} with these roles, e.g. "employee", "admin". */
  public static Caller caller(String region, String nip, String... roles) {
    return new Caller(region, "", nip, nip, Set.of(roles));
  }

  /**
   * Runs {@code work} for {@code region} in a new transaction, committed unless it fails, acting as
   * {@code nip} with these roles: how an in-container test calls a service as a person.
   */
  public static <T> T asCaller(
      UserTransaction transaction, String region, String nip, Set<String> roles, Work<T> work)
      throws Exception {
    Actor actor = CDI.current().select(Actor.class).get();
    return inTransaction(
        transaction,
        region,
        () ->
            actor.actAs(
                new Caller(region, "", nip, nip, roles),
                () -> {
                  try {
                    return work.run();
                  } catch (RuntimeException e) {
                    throw e;
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  /** Runs {@code work} for {@code region} in a new transaction, committed unless it fails. */
  public static <T> T inTransaction(UserTransaction transaction, String region, Work<T> work)
      throws Exception {
    transaction.begin();
    try {
      T result =
          call(
              region,
              () -> {
                try {
                  return work.run();
                } catch (RuntimeException e) {
                  throw e;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      transaction.commit();
      return result;
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
  }
}
