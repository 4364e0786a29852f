package id.kinerja.plugins.education;

import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRecord;
import id.kinerja.plugin.api.LocalizedText;
import id.kinerja.plugin.api.Measures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The education sector's indicators for one teacher and region, computed from a period's records.
 *
 * <p>Each record carries the attribute {@value #KIND}: {@value #ASSESSMENT} for one student's
 * assessment, whose {@code value} is the score (0 to 100), or {@value #FEEDBACK} for one student's
 * or parent's feedback, whose {@code value} is the rating on the region's scale. A score or rating
 * outside its range comes from a wrong entry and does not count.
 */
final class EducationIndicators implements IndicatorProvider {

  static final String MEAN_SCORE = "student-mean-score";
  static final String PASS_RATE = "student-pass-rate";
  static final String FEEDBACK_SCORE = "student-parent-feedback";
  static final String KIND = "kind";
  static final String ASSESSMENT = "assessment";
  static final String FEEDBACK = "feedback";

  private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  private final BigDecimal passingScore;
  private final BigDecimal scaleMax;
  private final List<IndicatorDefinition> definitions;

  EducationIndicators(int passingScore, int scaleMax) {
    this.passingScore = BigDecimal.valueOf(passingScore);
    this.scaleMax = BigDecimal.valueOf(scaleMax);
    String scale = "1-" + scaleMax;
    this.definitions =
        List.of(
            new IndicatorDefinition(
                MEAN_SCORE,
                LocalizedText.of("Rata-rata nilai peserta didik", "Students' mean score"),
                "nilai",
                Aspect.QUALITY,
                Direction.HIGHER_IS_BETTER,
                LocalizedText.of(
                    "Rata-rata nilai asesmen peserta didik (0-100) pada periode ini; KKM daerah "
                        + passingScore
                        + ". Masukkan setiap nilai asesmen ke sistem.",
                    "Mean of the students' assessment scores (0-100) in the period; the region's"
                        + " passing mark is "
                        + passingScore
                        + ". Enter every assessment score into the system.")),
            new IndicatorDefinition(
                PASS_RATE,
                LocalizedText.of(
                    "Persentase peserta didik mencapai KKM",
                    "Share of students reaching the passing mark"),
                "%",
                Aspect.QUANTITY,
                Direction.HIGHER_IS_BETTER,
                LocalizedText.of(
                    "Persentase nilai asesmen yang sama dengan atau di atas KKM "
                        + passingScore
                        + ".",
                    "Share of assessment scores at or above the passing mark of "
                        + passingScore
                        + ".")),
            new IndicatorDefinition(
                FEEDBACK_SCORE,
                LocalizedText.of(
                    "Nilai umpan balik peserta didik dan orang tua",
                    "Student and parent feedback score"),
                "skala " + scale,
                Aspect.QUALITY,
                Direction.HIGHER_IS_BETTER,
                LocalizedText.of(
                    "Rata-rata penilaian peserta didik dan orang tua pada skala "
                        + scale
                        + ". Ajak mereka mengisi survei di akhir periode.",
                    "Mean rating by students and parents on a "
                        + scale
                        + " scale. Invite them to the survey at the end of the period.")));
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  @Override
  public Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
    return switch (code) {
      case MEAN_SCORE -> Optional.of(meanScore(data));
      case PASS_RATE -> Optional.of(passRate(data));
      case FEEDBACK_SCORE ->
          Optional.of(
              realisation(
                  FEEDBACK_SCORE, data, record -> of(record, FEEDBACK, BigDecimal.ONE, scaleMax)));
      default -> Optional.empty();
    };
  }

  private IndicatorRealisation meanScore(IndicatorData data) {
    long below =
        Measures.countBelow(Measures.of(data.records(), EducationIndicators::score), passingScore);
    return realisation(MEAN_SCORE, data, EducationIndicators::score)
        .withNote(
            LocalizedText.of(
                below + " peserta didik di bawah KKM " + passingScore + ".",
                below + " students below the passing mark of " + passingScore + "."));
  }

  private IndicatorRealisation passRate(IndicatorData data) {
    // Each valid score counts as 100 if it reaches the passing mark and 0 if not: the mean is the
    // share in percent.
    return realisation(
        PASS_RATE,
        data,
        record -> {
          BigDecimal score = score(record);
          return score == null
              ? null
              : score.compareTo(passingScore) >= 0 ? MAX_SCORE : BigDecimal.ZERO;
        });
  }

  private static BigDecimal score(IndicatorRecord record) {
    return of(record, ASSESSMENT, BigDecimal.ZERO, MAX_SCORE);
  }

  /** The value of a record of the given kind, if it lies in the range. */
  private static BigDecimal of(
      IndicatorRecord record, String kind, BigDecimal min, BigDecimal max) {
    return kind.equals(record.attributes().get(KIND))
        ? Measures.valueWithin(record, min, max)
        : null;
  }

  /** Every indicator of this provider is better when higher. */
  private static IndicatorRealisation realisation(
      String code, IndicatorData data, Function<IndicatorRecord, BigDecimal> measure) {
    return Measures.meanRealisation(code, Direction.HIGHER_IS_BETTER, data, measure);
  }
}
