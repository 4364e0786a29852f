package id.kinerja.plugins.administration;

import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import id.kinerja.plugin.api.IndicatorRecord;
import id.kinerja.plugin.api.LocalizedText;
import id.kinerja.plugin.api.Measures;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indicators of an administrative unit for one region, computed from a period's records.
 *
 * <p>Each record carries the attribute {@value #KIND}: {@value #DOCUMENT} for a document (a letter,
 * a permit), completed when it has {@code closedAt}, or {@value #COMPLAINT} for a citizen's
 * complaint, opened at {@code openedAt}, first answered at the attribute {@value
 * #FIRST_RESPONSE_AT} (an ISO-8601 instant) and resolved at {@code closedAt}. A complaint that
 * lacks the time an indicator needs, or whose first response lies before its opening, does not
 * count.
 */
final class AdministrationIndicators implements IndicatorProvider {

  static final String DOCUMENTS_COMPLETED = "documents-completed";
  static final String RESPONSE_TIME = "complaint-response-time";
  static final String RESOLUTION_TIME = "complaint-resolution-time";
  static final String KIND = "kind";
  static final String DOCUMENT = "document";
  static final String COMPLAINT = "complaint";
  static final String FIRST_RESPONSE_AT = "firstResponseAt";

  private final int responseTargetHours;
  private final int resolutionTargetHours;
  private final List<IndicatorDefinition> definitions;

  AdministrationIndicators(int responseTargetHours, int resolutionTargetHours) {
    this.responseTargetHours = responseTargetHours;
    this.resolutionTargetHours = resolutionTargetHours;
    this.definitions =
        List.of(
            new IndicatorDefinition(
                DOCUMENTS_COMPLETED,
                LocalizedText.of("Jumlah dokumen yang diselesaikan", "Documents completed"),
                "dokumen",
                Aspect.QUANTITY,
                Direction.HIGHER_IS_BETTER,
                LocalizedText.of(
                    "Dokumen yang selesai diproses pada periode ini. Tandai setiap dokumen selesai"
                        + " di sistem persuratan.",
                    "Documents whose processing was completed in the period. Mark every completed"
                        + " document in the correspondence system.")),
            new IndicatorDefinition(
                RESPONSE_TIME,
                LocalizedText.of(
                    "Rata-rata waktu tanggapan pengaduan", "Average complaint response time"),
                "jam",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                LocalizedText.of(
                    "Waktu dari pengaduan masuk sampai tanggapan pertama; target daerah "
                        + responseTargetHours
                        + " jam. Catat tanggapan pertama setiap pengaduan.",
                    "Time from a complaint's arrival to its first response; the regional target is "
                        + responseTargetHours
                        + " hours. Record the first response to every complaint.")),
            new IndicatorDefinition(
                RESOLUTION_TIME,
                LocalizedText.of(
                    "Rata-rata waktu penyelesaian pengaduan", "Average complaint resolution time"),
                "jam",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                LocalizedText.of(
                    "Waktu dari pengaduan masuk sampai selesai; target daerah "
                        + resolutionTargetHours
                        + " jam. Tutup pengaduan di sistem segera setelah selesai.",
                    "Time from a complaint's arrival to its resolution; the regional target is "
                        + resolutionTargetHours
                        + " hours. Close the complaint in the system as soon as it is resolved.")));
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  @Override
  public Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
    return switch (code) {
      case DOCUMENTS_COMPLETED -> Optional.of(documentsCompleted(data));
      case RESPONSE_TIME ->
          Optional.of(
              time(
                  RESPONSE_TIME,
                  data,
                  complaint ->
                      Measures.between(
                          complaint.openedAt(),
                          Measures.instant(complaint, FIRST_RESPONSE_AT),
                          ChronoUnit.HOURS),
                  responseTargetHours));
      case RESOLUTION_TIME ->
          Optional.of(
              time(
                  RESOLUTION_TIME,
                  data,
                  complaint ->
                      Measures.between(
                          complaint.openedAt(), complaint.closedAt(), ChronoUnit.HOURS),
                  resolutionTargetHours));
      default -> Optional.empty();
    };
  }

  private IndicatorRealisation documentsCompleted(IndicatorData data) {
    BigDecimal count = BigDecimal.valueOf(completed(data.records()));
    BigDecimal previous =
        data.previousRecords().isEmpty()
            ? null
            : BigDecimal.valueOf(completed(data.previousRecords()));
    return new IndicatorRealisation(
        DOCUMENTS_COMPLETED,
        count,
        count.intValue(),
        previous,
        Trend.between(Direction.HIGHER_IS_BETTER, count, previous),
        LocalizedText.of("", ""));
  }

  private static long completed(List<IndicatorRecord> records) {
    return records.stream()
        .filter(r -> DOCUMENT.equals(r.attributes().get(KIND)) && r.closedAt() != null)
        .count();
  }

  private static IndicatorRealisation time(
      String code,
      IndicatorData data,
      Function<IndicatorRecord, BigDecimal> hours,
      int targetHours) {
    Function<IndicatorRecord, BigDecimal> measure =
        record -> COMPLAINT.equals(record.attributes().get(KIND)) ? hours.apply(record) : null;
    long overTarget =
        Measures.countAbove(Measures.of(data.records(), measure), BigDecimal.valueOf(targetHours));
    return Measures.meanRealisation(code, Direction.LOWER_IS_BETTER, data, measure)
        .withNote(
            LocalizedText.of(
                overTarget + " pengaduan melewati target " + targetHours + " jam.",
                overTarget + " complaints exceeded the target of " + targetHours + " hours."));
  }
}
