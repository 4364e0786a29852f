package id.kinerja.plugins.citizen;

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
 * The citizens' questionnaire of one region: the nine SKM elements (unsur) of PermenPANRB 14/2017,
 * each on the scale 1 (tidak baik) to 4 (sangat baik), and a free-text suggestion (saran). The
 * elements about the serving employee inform a BerAKHLAK core value; those about the unit as a
 * whole (requirements, procedure, time, product, facilities) inform none.
 */
final class CitizenFeedback implements FeedbackSource {

  /** The SKM scale: 1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik. */
  static final int SCALE = 4;

  /** The free-text suggestion. */
  static final String SUGGESTION = "saran";

  private static final Set<RespondentGroup> PUBLIC = Set.of(RespondentGroup.PUBLIC);

  private static final List<FeedbackQuestion> QUESTIONS =
      List.of(
          element(
              "persyaratan",
              "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis"
                  + " pelayanannya?",
              "How well did the requirements match the kind of service?",
              null),
          element(
              "prosedur",
              "Bagaimana pendapat Anda tentang kemudahan sistem, mekanisme dan prosedur pelayanan?",
              "How easy were the system, mechanism and procedure of the service?",
              null),
          element(
              "waktu",
              "Bagaimana pendapat Anda tentang kecepatan waktu penyelesaian pelayanan?",
              "How fast was the service completed?",
              null),
          element(
              "biaya",
              "Bagaimana pendapat Anda tentang kewajaran biaya/tarif pelayanan (termasuk tidak"
                  + " adanya pungutan di luar ketentuan)?",
              "How fair were the costs/fees (including no charges beyond the rules)?",
              CoreValues.AKUNTABEL),
          element(
              "produk",
              "Bagaimana pendapat Anda tentang kesesuaian produk pelayanan dengan yang tercantum"
                  + " dalam standar pelayanan?",
              "How well did the service's product match the service standard?",
              null),
          element(
              "kompetensi",
              "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
              "How competent were the staff who served you?",
              CoreValues.KOMPETEN),
          element(
              "perilaku",
              "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan"
                  + " dan keramahan?",
              "How polite and friendly were the staff who served you?",
              CoreValues.BERORIENTASI_PELAYANAN),
          element(
              "pengaduan",
              "Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan?",
              "How well are complaints, suggestions and input handled?",
              CoreValues.BERORIENTASI_PELAYANAN),
          element(
              "sarana",
              "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
              "How good are the facilities and infrastructure?",
              null),
          new FeedbackQuestion(
              SUGGESTION,
              LocalizedText.of(
                  "Saran dan masukan untuk perbaikan pelayanan (tidak wajib)",
                  "Suggestions for improving the service (optional)"),
              0,
              null,
              PUBLIC));

  private final int anonymityThreshold;

  CitizenFeedback(int anonymityThreshold) {
    this.anonymityThreshold = anonymityThreshold;
  }

  private static FeedbackQuestion element(
      String id, String textId, String textEn, String coreValue) {
    return new FeedbackQuestion(id, LocalizedText.of(textId, textEn), SCALE, coreValue, PUBLIC);
  }

  @Override
  public Set<RespondentGroup> respondents() {
    return PUBLIC;
  }

  @Override
  public List<FeedbackQuestion> questions() {
    return QUESTIONS;
  }

  @Override
  public int anonymityThreshold() {
    return anonymityThreshold;
  }

  /**
   * The mean score of each element answered, on the 1..4 scale, and of each core value informed, as
   * the mean of {@code (score - 1) / (4 - 1) * 100} over its answers; both to two decimals, rounded
   * half up. Scores outside the scale and answers to other questions are left out.
   */
  @Override
  public FeedbackResult aggregate(List<FeedbackAnswer> answers) {
    Map<String, List<Integer>> byQuestion = new LinkedHashMap<>();
    Map<String, List<BigDecimal>> byCoreValue = new LinkedHashMap<>();
    for (FeedbackQuestion question : QUESTIONS) {
      if (question.freeText()) {
        continue;
      }
      for (FeedbackAnswer answer : answers) {
        Integer score = answer.score();
        if (!answer.questionId().equals(question.id())
            || score == null
            || score < 1
            || score > question.scaleMax()) {
          continue;
        }
        byQuestion.computeIfAbsent(question.id(), k -> new ArrayList<>()).add(score);
        if (question.coreValue() != null) {
          byCoreValue
              .computeIfAbsent(question.coreValue(), k -> new ArrayList<>())
              .add(percent(score, question.scaleMax()));
        }
      }
    }
    Map<String, BigDecimal> questionScores = new LinkedHashMap<>();
    byQuestion.forEach(
        (id, scores) ->
            questionScores.put(id, mean(scores.stream().map(BigDecimal::valueOf).toList())));
    Map<String, BigDecimal> coreValueScores = new LinkedHashMap<>();
    byCoreValue.forEach((code, scores) -> coreValueScores.put(code, mean(scores)));
    return new FeedbackResult(questionScores, coreValueScores);
  }

  /** {@code (score - 1) / (max - 1) * 100}, unrounded enough for a mean to two decimals. */
  static BigDecimal percent(int score, int max) {
    return BigDecimal.valueOf((score - 1) * 100L)
        .divide(BigDecimal.valueOf(max - 1L), 10, RoundingMode.HALF_UP);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
