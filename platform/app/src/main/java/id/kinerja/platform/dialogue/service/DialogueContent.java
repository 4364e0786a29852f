package id.kinerja.platform.dialogue.service;

import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dialogue may hold: a meeting date, achievements and obstacles of bounded length, and at
 * most {@link #MAX_ITEMS} development plan items, each with a kind and a description.
 */
final class DialogueContent {

  static final int MAX_TEXT = 4000;
  static final int MAX_ITEMS = 20;

  private DialogueContent() {}

  /**
   * Checks the content.
   *
   * @throws RuleViolation INVALID for unacceptable content
   */
  static void validate(DialogueInput input) {
    if (input == null || input.meetingDate() == null) {
      throw invalid("Tanggal pertemuan wajib diisi.", "The meeting date is required.");
    }
    if (length(input.achievements()) > MAX_TEXT || length(input.obstacles()) > MAX_TEXT) {
      throw invalid(
          "Capaian dan kendala paling banyak " + MAX_TEXT + " karakter.",
          "Achievements and obstacles take at most " + MAX_TEXT + " characters.");
    }
    List<Development> plan = input.developmentPlan() == null ? List.of() : input.developmentPlan();
    if (plan.size() > MAX_ITEMS) {
      throw invalid(
          "Rencana pengembangan paling banyak " + MAX_ITEMS + " butir.",
          "A development plan has at most " + MAX_ITEMS + " items.");
    }
    plan.forEach(DialogueContent::validate);
  }

  private static void validate(Development d) {
    if (d == null
        || d.kind() == null
        || text(d.description()) == null
        || length(d.description()) > MAX_TEXT) {
      throw invalid(
          "Setiap butir rencana pengembangan memerlukan jenis dan uraian.",
          "Each development plan item needs a kind and a description.");
    }
  }

  /** The development plan with trimmed descriptions. */
  static List<Development> plan(DialogueInput input) {
    List<Development> plan = new ArrayList<>();
    if (input.developmentPlan() != null) {
      input
          .developmentPlan()
          .forEach(d -> plan.add(new Development(d.kind(), text(d.description()), d.targetDate())));
    }
    return plan;
  }

  /** The trimmed text, or null if blank. */
  static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static RuleViolation invalid(String messageId, String messageEn) {
    return new RuleViolation(RuleViolation.Kind.INVALID, messageId, messageEn);
  }
}
