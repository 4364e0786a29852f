package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.PeriodRatings;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.shared.domain.RuleViolation;

/** The rating services' refusals, in the user's terms. */
final class RatingRefusals {

  private RatingRefusals() {}

  static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Anda tidak berwenang atas penilaian ini.",
        "You are not allowed to act on this rating.");
  }

  static RuleViolation conflict(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.CONFLICT, id, en);
  }

  static RuleViolation invalid(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.INVALID, id, en);
  }

  /** Refuses a change in a locked period. */
  static void requireOpen(EvaluationPeriod period) {
    if (period.getState() == PeriodState.LOCKED) {
      throw conflict("Periode penilaian sudah dikunci.", "The evaluation period is locked.");
    }
  }

  /** Refuses a change to a record changed since the caller saw it. */
  static void checkVersion(long current, long seen) {
    if (current != seen) {
      throw RuleViolation.concurrentChange();
    }
  }

  /** Refuses a blank reason. */
  static void requireReason(String reason, String id, String en) {
    if (reason == null || reason.isBlank()) {
      throw invalid(id, en);
    }
  }

  /** The two ratings of the input; INVALID unless both are given. */
  static PeriodRatings ratings(RatingInput input) {
    if (input == null || input.resultRating() == null || input.behaviourRating() == null) {
      throw invalid(
          "Rating hasil kerja dan rating perilaku kerja wajib dipilih.",
          "Both the work result rating and the work behaviour rating are required.");
    }
    return new PeriodRatings(input.resultRating(), input.behaviourRating());
  }
}
