package id.kinerja.plugins.health;

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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The health sector's indicators for one region, computed from the patient visits of a period.
 *
 * <p>Each visit is one record: {@code openedAt} when the patient registered, the attribute {@value
 * #CALLED_AT} (an ISO-8601 instant) when the patient was called, {@code closedAt} when the service
 * ended, and {@code value} the patient's satisfaction score, if the patient gave one. A visit that
 * lacks the times or the score an indicator needs does not count for that indicator.
 */
final class HealthIndicators implements IndicatorProvider {

  static final String WAIT_TIME = "patient-wait-time";
  static final String SERVICE_TIME = "patient-service-time";
  static final String SATISFACTION = "patient-satisfaction";
  static final String CALLED_AT = "calledAt";

  private final int maxWaitMinutes;
  private final int scaleMax;
  private final List<IndicatorDefinition> definitions;

  HealthIndicators(int maxWaitMinutes, int scaleMax) {
    this.maxWaitMinutes = maxWaitMinutes;
    this.scaleMax = scaleMax;
    String scale = "1-" + scaleMax;
    this.definitions =
        List.of(
            new IndicatorDefinition(
                WAIT_TIME,
                LocalizedText.of("Rata-rata waktu tunggu pasien", "Average patient waiting time"),
                "menit",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                LocalizedText.of(
                    "Waktu dari pendaftaran sampai pasien dipanggil; standar daerah "
                        + maxWaitMinutes
                        + " menit. Catat waktu panggil setiap pasien di sistem antrean.",
                    "Time from registration until the patient is called; the regional standard is "
                        + maxWaitMinutes
                        + " minutes. Record when each patient is called in the queue system.")),
            new IndicatorDefinition(
                SERVICE_TIME,
                LocalizedText.of(
                    "Rata-rata waktu pelayanan pasien", "Average patient service time"),
                "menit",
                Aspect.TIME,
                Direction.LOWER_IS_BETTER,
                LocalizedText.of(
                    "Lama pelayanan satu pasien, dari dipanggil sampai selesai dilayani.",
                    "How long one patient is served, from being called until the service ends.")),
            new IndicatorDefinition(
                SATISFACTION,
                LocalizedText.of("Indeks kepuasan pasien", "Patient satisfaction index"),
                "skala " + scale,
                Aspect.QUALITY,
                Direction.HIGHER_IS_BETTER,
                LocalizedText.of(
                    "Rata-rata penilaian pasien pada skala "
                        + scale
                        + ". Ajak setiap pasien mengisi survei setelah dilayani.",
                    "Average of the patients' ratings on a "
                        + scale
                        + " scale. Invite every patient to the survey after the service.")));
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  @Override
  public Optional<IndicatorRealisation> compute(String code, IndicatorData data) {
    return switch (code) {
      case WAIT_TIME -> Optional.of(waitTime(data));
      case SERVICE_TIME ->
          Optional.of(
              Measures.meanRealisation(
                  SERVICE_TIME,
                  Direction.LOWER_IS_BETTER,
                  data,
                  visit ->
                      Measures.between(
                          Measures.instant(visit, CALLED_AT),
                          visit.closedAt(),
                          ChronoUnit.MINUTES)));
      case SATISFACTION -> Optional.of(satisfaction(data));
      default -> Optional.empty();
    };
  }

  private IndicatorRealisation waitTime(IndicatorData data) {
    Function<IndicatorRecord, BigDecimal> wait =
        visit ->
            Measures.between(
                visit.openedAt(), Measures.instant(visit, CALLED_AT), ChronoUnit.MINUTES);
    long overStandard =
        Measures.countAbove(Measures.of(data.records(), wait), BigDecimal.valueOf(maxWaitMinutes));
    return Measures.meanRealisation(WAIT_TIME, Direction.LOWER_IS_BETTER, data, wait)
        .withNote(
            LocalizedText.of(
                overStandard + " pasien menunggu lebih dari " + maxWaitMinutes + " menit.",
                overStandard + " patients waited longer than " + maxWaitMinutes + " minutes."));
  }

  private IndicatorRealisation satisfaction(IndicatorData data) {
    // Scores outside the region's scale come from a misconfigured survey: leave them out.
    BigDecimal top = BigDecimal.valueOf(scaleMax);
    return Measures.meanRealisation(
        SATISFACTION,
        Direction.HIGHER_IS_BETTER,
        data,
        visit ->
            visit.value() != null && visit.value().signum() > 0
                ? Measures.valueWithin(visit, BigDecimal.ZERO, top)
                : null);
  }
}
