package id.kinerja.platform.indicator.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why one row of a feed cannot be taken, in Bahasa Indonesia and English.
 *
 * @param row the row's number (see {@link FeedRow#row()})
 * @param messageId the reason in Bahasa Indonesia
 * @param messageEn the reason in English
 */
public record RowProblem(int row, String messageId, String messageEn) {

  /** How many problems a refusal names; the rest are counted. */
  static final int SHOWN = 20;

  /** The problems as one Indonesian text, each prefixed with its row. */
  static String joinedId(List<RowProblem> problems) {
    return joined(problems, true);
  }

  /** The problems as one English text, each prefixed with its row. */
  static String joinedEn(List<RowProblem> problems) {
    return joined(problems, false);
  }

  private static String joined(List<RowProblem> problems, boolean indonesian) {
    String text =
        problems.stream()
            .limit(SHOWN)
            .map(
                p ->
                    indonesian
                        ? "Baris " + p.row() + ": " + p.messageId()
                        : "Row " + p.row() + ": " + p.messageEn())
            .collect(Collectors.joining(" "));
    int more = problems.size() - SHOWN;
    if (more > 0) {
      text += indonesian ? " (dan " + more + " masalah lain)" : " (and " + more + " more problems)";
    }
    return text;
  }
}
