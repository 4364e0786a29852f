package id.kinerja.platform.tenancy;

import id.kinerja.platform.tenancy.service.TenantContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/** Runs in-container test work for one region inside its own committed transaction. */
public final class InRegion {

  /** A unit of work that may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  private InRegion() {}

  /** Runs {@code work} for {@code region} in a new transaction, committed unless it fails. */
  public static <T> T inTransaction(UserTransaction transaction, String region, Work<T> work)
      throws Exception {
    transaction.begin();
    try {
      T result =
          TenantContext.callAs(
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
