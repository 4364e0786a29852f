package id.kinerja.platform.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A limit of its distribution curve that a unit breaks, with the numbers behind it and a message
 * for the admin or the head who calibrates the ratings. The system only shows a breach; it never
 * changes a rating to remove it.
 *
 * @param limit the limit broken
 * @param count the unit's employees with the predikat concerned
 * @param total the unit's rated employees
 * @param messageId the message in Indonesian
 * @param messageEn the message in English
 */
public record CurveBreach(
    CurveLimit limit, int count, int total, String messageId, String messageEn) {

  /** Checks the numbers. */
  public CurveBreach {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(messageEn, "messageEn");
    if (count < 0 || count > total) {
      throw new IllegalArgumentException("Invalid count " + count + " of " + total);
    }
  }

  /** The breach of {@code limit} by {@code count} of {@code total}, with its messages. */
  static CurveBreach of(CurveLimit limit, int count, int total) {
    String id = names(limit.predicates(), true);
    String en = names(limit.predicates(), false);
    String shareId = share(count, total).replace('.', ',');
    String shareEn = share(count, total);
    int percent = limit.percent();
    return switch (limit.kind()) {
      case AT_MOST ->
          new CurveBreach(
              limit,
              count,
              total,
              "Predikat %s paling banyak %d%% dari pegawai unit, saat ini %d dari %d pegawai (%s%%)."
                  .formatted(id, percent, count, total, shareId),
              "At most %d%% of the unit's employees may be rated %s, now %d of %d (%s%%)."
                  .formatted(percent, en, count, total, shareEn));
      case AT_LEAST ->
          new CurveBreach(
              limit,
              count,
              total,
              "Predikat %s paling sedikit %d%% dari pegawai unit, saat ini %d dari %d pegawai (%s%%)."
                  .formatted(id, percent, count, total, shareId),
              "At least %d%% of the unit's employees must be rated %s, now %d of %d (%s%%)."
                  .formatted(percent, en, count, total, shareEn));
      case AT_LEAST_ONE ->
          new CurveBreach(
              limit,
              count,
              total,
              "Paling sedikit satu pegawai unit berpredikat %s, saat ini %d dari %d pegawai."
                  .formatted(id, count, total),
              "At least one of the unit's employees must be rated %s, now %d of %d."
                  .formatted(en, count, total));
      case NONE_ALLOWED ->
          new CurveBreach(
              limit,
              count,
              total,
              "Tidak boleh ada pegawai unit berpredikat %s, saat ini %d dari %d pegawai (%s%%)."
                  .formatted(id, count, total, shareId),
              "None of the unit's employees may be rated %s, now %d of %d (%s%%)."
                  .formatted(en, count, total, shareEn));
    };
  }

  /** How the limit bounds the predikat concerned. */
  public CurveLimit.Kind kind() {
    return limit.kind();
  }

  /** The predikat concerned. */
  public Set<Predicate> predicates() {
    return limit.predicates();
  }

  /** The bound in percent, 0 for limits that count employees rather than shares. */
  public int limitPercent() {
    return limit.percent();
  }

  private static String names(Set<Predicate> predicates, boolean indonesian) {
    return predicates.stream()
        .map(p -> indonesian ? p.labelId() : p.labelEn() + " (" + p.labelId() + ")")
        .collect(Collectors.joining(indonesian ? " atau " : " or "));
  }

  /** The share for display only, to one decimal; the check itself never rounds. */
  private static String share(int count, int total) {
    return BigDecimal.valueOf(count * 100L)
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
