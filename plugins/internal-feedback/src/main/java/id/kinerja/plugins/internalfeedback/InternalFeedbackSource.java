package id.kinerja.plugins.internalfeedback;

import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.FeedbackResult;
import id.kinerja.plugin.api.FeedbackSource;
import id.kinerja.plugin.api.LocalizedText;
import id.kinerja.plugin.api.RespondentGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The internal 360 source of one region: one question on a scale of 1 to {@value #SCALE} per
 * BerAKHLAK core value, describing the behaviours the value stands for, and one free-text question,
 * all asked of the region's chosen groups.
 *
 * <p>Aggregation: per scale question the mean of its scores, to one decimal (half up); per core
 * value the exact mean put on 0 to 100, {@code (mean - 1) / (SCALE - 1) * 100}, to one decimal
 * (half up). Answers without a score, out of range, or to unknown questions do not count.
 */
final class InternalFeedbackSource implements FeedbackSource {

  /** The top of every scale question: 1 (never) to 5 (always). */
  static final int SCALE = 5;

  /** The id of the free-text question. */
  static final String COMMENT = "comment";

  private final Set<RespondentGroup> groups;
  private final int threshold;
  private final List<FeedbackQuestion> questions;

  InternalFeedbackSource(Set<RespondentGroup> groups, int threshold) {
    this.groups = Set.copyOf(groups);
    this.threshold = threshold;
    List<FeedbackQuestion> list = new ArrayList<>();
    list.add(
        scale(
            CoreValues.BERORIENTASI_PELAYANAN,
            "Berorientasi Pelayanan: memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan,"
                + " solutif; terus melakukan perbaikan.",
            "Service-oriented: understands and meets citizens' needs; friendly, quick,"
                + " solution-minded; keeps improving."));
    list.add(
        scale(
            CoreValues.AKUNTABEL,
            "Akuntabel: jujur, cermat, disiplin dan berintegritas; menggunakan barang milik negara"
                + " secara efisien; tidak menyalahgunakan kewenangan.",
            "Accountable: honest, careful, disciplined, with integrity; uses state assets"
                + " efficiently; does not abuse authority."));
    list.add(
        scale(
            CoreValues.KOMPETEN,
            "Kompeten: terus belajar; membantu orang lain belajar; melaksanakan tugas dengan"
                + " kualitas terbaik.",
            "Competent: keeps learning; helps others learn; does tasks with the best quality."));
    list.add(
        scale(
            CoreValues.HARMONIS,
            "Harmonis: menghargai setiap orang apa pun latar belakangnya; suka menolong; membangun"
                + " lingkungan kerja yang kondusif.",
            "Harmonious: respects everyone whatever their background; helps others; builds a"
                + " good workplace."));
    list.add(
        scale(
            CoreValues.LOYAL,
            "Loyal: memegang teguh Pancasila, UUD 1945 dan NKRI; menjaga nama baik ASN, pimpinan,"
                + " instansi dan negara; menjaga rahasia jabatan.",
            "Loyal: upholds Pancasila, the Constitution and the unitary state; guards the good"
                + " name of ASN, leaders, agency and state; keeps official secrets."));
    list.add(
        scale(
            CoreValues.ADAPTIF,
            "Adaptif: cepat menyesuaikan diri menghadapi perubahan; terus berinovasi; bertindak"
                + " proaktif.",
            "Adaptive: adapts quickly to change; innovates; acts proactively."));
    list.add(
        scale(
            CoreValues.KOLABORATIF,
            "Kolaboratif: memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka"
                + " bekerja sama; menggerakkan sumber daya untuk tujuan bersama.",
            "Collaborative: gives others the chance to contribute; open to working together;"
                + " mobilises resources for shared goals."));
    list.add(
        new FeedbackQuestion(
            COMMENT,
            LocalizedText.of(
                "Saran atau catatan untuk pegawai ini (opsional, tanpa nama).",
                "Suggestions or remarks for this employee (optional, without names)."),
            0,
            null,
            this.groups));
    this.questions = List.copyOf(list);
  }

  private FeedbackQuestion scale(String coreValue, String textId, String textEn) {
    return new FeedbackQuestion(
        coreValue.toLowerCase(java.util.Locale.ROOT),
        LocalizedText.of(textId, textEn),
        SCALE,
        coreValue,
        groups);
  }

  @Override
  public Set<RespondentGroup> respondents() {
    return groups;
  }

  @Override
  public List<FeedbackQuestion> questions() {
    return questions;
  }

  @Override
  public int anonymityThreshold() {
    return threshold;
  }

  @Override
  public FeedbackResult aggregate(List<FeedbackAnswer> answers) {
    Map<String, BigDecimal> questionScores = new LinkedHashMap<>();
    Map<String, BigDecimal> coreValueScores = new LinkedHashMap<>();
    for (FeedbackQuestion question : questions) {
      if (question.freeText()) {
        continue;
      }
      List<Integer> scores =
          answers.stream()
              .filter(a -> a.questionId().equals(question.id()) && a.score() != null)
              .map(FeedbackAnswer::score)
              .filter(s -> s >= 1 && s <= question.scaleMax())
              .toList();
      if (scores.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum());
      BigDecimal count = BigDecimal.valueOf(scores.size());
      questionScores.put(question.id(), sum.divide(count, 1, RoundingMode.HALF_UP));
      // (sum / n - 1) / (max - 1) * 100 = (sum - n) * 100 / (n * (max - 1)), without rounding twice
      coreValueScores.put(
          question.coreValue(),
          sum.subtract(count)
              .multiply(BigDecimal.valueOf(100))
              .divide(
                  count.multiply(BigDecimal.valueOf(question.scaleMax() - 1L)),
                  1,
                  RoundingMode.HALF_UP));
    }
    return new FeedbackResult(questionScores, coreValueScores);
  }
}
