package id.kinerja.platform.planning;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.tenancy.InRegion;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SKP set-up for in-container tests: plans of one region and year with one RHK utama and one IKI,
 * submitted and approved through the real planning services, each step in its own transaction and
 * acting as the person who takes it.
 */
public final class PlanFixtures {

  /** Who approves a plan: the employee's supervisor, or the admin for the head of the tree. */
  public record Approver(String nip, boolean admin) {

    /** A supervisor without the admin role. */
    public static Approver employee(String nip) {
      return new Approver(nip, false);
    }

    /** The region's pengelola kinerja. */
    public static Approver admin(String nip) {
      return new Approver(nip, true);
    }

    /** The roles the approver logs in with. */
    public Set<String> roles() {
      return admin ? Set.of("employee", "admin") : Set.of("employee");
    }
  }

  private final UserTransaction transaction;
  private final String region;
  private final int year;

  public PlanFixtures(UserTransaction transaction, String region, int year) {
    this.transaction = transaction;
    this.region = region;
    this.year = year;
  }

  /** The employee's approved plan in force of the year, if any. */
  public Optional<PlanView> planInForce(String nip) throws Exception {
    return as(nip, Set.of("employee"), () -> bean(PlanReading.class).planInForce(year));
  }

  /**
   * The employee's plan with one UTAMA RHK supporting {@code supports} and one IKI with {@code
   * targets} per period, submitted.
   */
  public PlanView submitted(String nip, Long supports, String text, Map<Integer, String> targets)
      throws Exception {
    PlanDrafting plans = bean(PlanDrafting.class);
    Set<String> roles = Set.of("employee");
    PlanView draft = as(nip, roles, () -> plans.myPlan(year));
    PlanView withResult =
        as(
            nip,
            roles,
            () ->
                plans.addResult(
                    draft.id(),
                    draft.version(),
                    new ResultInput(ResultKind.UTAMA, text, supports)));
    long resultId = withResult.results().get(0).id();
    PlanView withIndicator =
        as(
            nip,
            roles,
            () ->
                plans.addIndicator(
                    draft.id(),
                    withResult.version(),
                    resultId,
                    new IndicatorInput("Persentase capaian", Aspect.KUANTITAS, "%", targets)));
    return as(nip, roles, () -> plans.submit(draft.id(), withIndicator.version()));
  }

  /** As {@link #submitted} with a target for period 1 only. */
  public PlanView submitted(String nip, Long supports, String text) throws Exception {
    return submitted(nip, supports, text, Map.of(1, "100"));
  }

  /** The plan as {@link #submitted}, approved by {@code approver}. */
  public PlanView approved(
      String nip, Long supports, Approver approver, String text, Map<Integer, String> targets)
      throws Exception {
    PlanView plan = submitted(nip, supports, text, targets);
    PlanView approved =
        as(
            approver.nip(),
            approver.roles(),
            () -> bean(PlanReview.class).approve(plan.id(), plan.version()));
    if (approved.status() != PlanStatus.APPROVED) {
      throw new IllegalStateException("Not approved: " + approved);
    }
    return approved;
  }

  /** The id of the RHK of the plan approved as {@link #approved} with a target for period 1. */
  public long approvedResult(String nip, Long supports, Approver approver, String text)
      throws Exception {
    return approved(nip, supports, approver, text, Map.of(1, "100")).results().get(0).id();
  }

  private <T> T as(String nip, Set<String> roles, InRegion.Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, region, nip, roles, work);
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }
}
