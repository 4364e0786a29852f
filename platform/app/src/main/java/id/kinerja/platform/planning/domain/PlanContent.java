package id.kinerja.platform.planning.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.CoreValue;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content rules of a {@link PerformancePlan}: what makes an RHK, an IKI and its targets valid,
 * and what a plan must hold before it is submitted. The plan, the aggregate root, calls them.
 */
final class PlanContent {

  private PlanContent() {}

  /** Refuses an RHK that is not part of {@code plan}. */
  static void requireOwn(PerformancePlan plan, PlannedResult result) {
    if (result == null || result.getPlan() != plan) {
      throw invalid("RHK bukan bagian dari SKP ini.", "The result is not part of this plan.");
    }
  }

  /**
   * Refuses an RHK without kind or text, a UTAMA one that supports nothing (unless the employee
   * heads the tree), or one supporting anything but the direct supervisor's approved plan of the
   * same year.
   */
  static void checkResult(
      PerformancePlan plan, ResultKind kind, String text, PlannedResult supports) {
    if (kind == null) {
      throw invalid("Jenis RHK wajib dipilih.", "Choose the kind of result.");
    }
    if (text == null || text.isBlank()) {
      throw invalid("Uraian RHK wajib diisi.", "The result's text is required.");
    }
    if (supports == null) {
      if (kind == ResultKind.UTAMA && !plan.isTopOfTree()) {
        throw invalid(
            "RHK utama harus mendukung salah satu RHK atasan yang telah disetujui.",
            "A main RHK must support one of the supervisor's approved results.");
      }
      return;
    }
    if (plan.isTopOfTree() || !isSupervisorsApproved(plan, supports.getPlan())) {
      throw invalid(
          "RHK yang didukung harus berasal dari SKP atasan langsung yang disetujui untuk tahun yang"
              + " sama.",
          "The supported result must be in the direct supervisor's approved plan of the same year.");
    }
  }

  private static boolean isSupervisorsApproved(PerformancePlan plan, PerformancePlan target) {
    return target.getStatus() == PlanStatus.APPROVED
        && target.getYear() == plan.getYear()
        && Employee.same(target.getEmployee(), plan.getEmployee().getSupervisor());
  }

  /**
   * Refuses an IKI without text or aspect, or with a target outside periods 1 to {@code periods}.
   */
  static void checkIndicator(
      String text, Aspect aspect, Map<Integer, String> targets, int periods) {
    if (text == null || text.isBlank()) {
      throw invalid("Uraian IKI wajib diisi.", "The indicator's text is required.");
    }
    if (aspect == null) {
      throw invalid("Aspek IKI wajib dipilih.", "Choose the indicator's aspect.");
    }
    if (targets == null) {
      return;
    }
    for (Integer period : targets.keySet()) {
      if (period == null || period < 1 || period > periods) {
        throw invalid(
            "Periode target harus antara 1 dan " + periods + ".",
            "A target's period must be between 1 and " + periods + ".");
      }
    }
  }

  /**
   * Refuses a plan without a UTAMA RHK, or with a UTAMA RHK that has no IKI with a target or
   * (unless the employee heads the tree) supports nothing.
   */
  static void checkSubmittable(PerformancePlan plan) {
    List<PlannedResult> main =
        plan.getResults().stream().filter(r -> r.getKind() == ResultKind.UTAMA).toList();
    if (main.isEmpty()) {
      throw invalid(
          "SKP harus memiliki sedikitnya satu RHK utama.",
          "The plan needs at least one main work result (RHK utama).");
    }
    for (PlannedResult r : main) {
      if (r.getIndicators().stream().noneMatch(i -> !i.getTargets().isEmpty())) {
        throw invalid(
            "Setiap RHK utama memerlukan sedikitnya satu IKI dengan target: \""
                + r.getText()
                + "\".",
            "Every main RHK needs at least one indicator with a target: \"" + r.getText() + "\".");
      }
      if (r.getSupports() == null && !plan.isTopOfTree()) {
        throw invalid(
            "RHK utama harus mendukung RHK atasan: \"" + r.getText() + "\".",
            "A main RHK must support a result of the supervisor: \"" + r.getText() + "\".");
      }
    }
  }

  /** Refuses a core value that is not chosen. */
  static void requireCoreValue(CoreValue value) {
    if (value == null) {
      throw invalid("Nilai BerAKHLAK wajib dipilih.", "Choose a core value.");
    }
  }

  /** Refuses a blank reason for returning a plan. */
  static void requireReturnReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw invalid("Alasan pengembalian wajib diisi.", "A reason is required to return the plan.");
    }
  }

  /**
   * Sets, changes or (with a blank text) removes the special expectation for {@code value} in
   * {@code expectations}, the plan's own list.
   */
  static void putExpectation(
      PerformancePlan plan, List<SpecialExpectation> expectations, CoreValue value, String text) {
    Optional<SpecialExpectation> current = plan.expectation(value);
    if (text == null || text.isBlank()) {
      current.ifPresent(expectations::remove);
    } else if (current.isPresent()) {
      current.get().setText(text.strip());
    } else {
      expectations.add(new SpecialExpectation(plan, value, text.strip()));
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static RuleViolation invalid(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.INVALID, id, en);
  }
}
