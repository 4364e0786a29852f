package id.kinerja.platform.planning;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.PlanStatus;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanService;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.tenancy.InRegion;
import jakarta.transaction.UserTransaction;
import java.util.Map;

/**
 * SKP set-up for in-container tests: plans of one region and year with one RHK utama and one IKI,
 * submitted and approved through the real {@link PlanService}, each step in its own transaction.
 */
public final class PlanFixtures {

  private final PlanService plans;
  private final UserTransaction transaction;
  private final String region;
  private final int year;

  public PlanFixtures(PlanService plans, UserTransaction transaction, String region, int year) {
    this.plans = plans;
    this.transaction = transaction;
    this.region = region;
    this.year = year;
  }

  /**
   * The employee's plan with one UTAMA RHK supporting {@code supports} and one IKI with {@code
   * targets} per period, submitted.
   */
  public PlanView submitted(String nip, Long supports, String text, Map<Integer, String> targets)
      throws Exception {
    PlanView draft = inRegion(() -> plans.myPlan(nip, year));
    PlanView withResult =
        inRegion(
            () ->
                plans.addResult(
                    nip,
                    draft.id(),
                    draft.version(),
                    new ResultInput(ResultKind.UTAMA, text, supports)));
    long resultId = withResult.results().get(0).id();
    PlanView withIndicator =
        inRegion(
            () ->
                plans.addIndicator(
                    nip,
                    draft.id(),
                    withResult.version(),
                    resultId,
                    new IndicatorInput("Persentase capaian", Aspect.KUANTITAS, "%", targets)));
    return inRegion(() -> plans.submit(nip, draft.id(), withIndicator.version()));
  }

  /** As {@link #submitted} with a target for period 1 only. */
  public PlanView submitted(String nip, Long supports, String text) throws Exception {
    return submitted(nip, supports, text, Map.of(1, "100"));
  }

  /** The plan as {@link #submitted}, approved by {@code approver}. */
  public PlanView approved(
      String nip, Long supports, Actor approver, String text, Map<Integer, String> targets)
      throws Exception {
    PlanView plan = submitted(nip, supports, text, targets);
    PlanView approved = inRegion(() -> plans.approve(approver, plan.id(), plan.version()));
    if (approved.status() != PlanStatus.APPROVED) {
      throw new IllegalStateException("Not approved: " + approved);
    }
    return approved;
  }

  /** The id of the RHK of the plan approved as {@link #approved} with a target for period 1. */
  public long approvedResult(String nip, Long supports, Actor approver, String text)
      throws Exception {
    return approved(nip, supports, approver, text, Map.of(1, "100")).results().get(0).id();
  }

  private <T> T inRegion(InRegion.Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
