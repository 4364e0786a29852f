package id.kinerja.platform.calibration.service;

import id.kinerja.platform.calibration.domain.CurveJustification;
import id.kinerja.platform.calibration.domain.UnitCurve;
import id.kinerja.platform.evaluation.domain.CurveBreach;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.UnitResult;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A unit in the calibration of a period.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param headName its head's name, {@code null} if it has none
 * @param result its result from the head's rating hasil kerja, {@code null} until the head is rated
 * @param counts the predikat of its rated employees other than the head
 * @param rated how many of them are rated
 * @param breaches the limits of the curve it breaks
 * @param justification the written justification of the breach, if any
 */
public record UnitCalibration(
    long unitId,
    String unitName,
    String headName,
    UnitResult result,
    Map<Predicate, Integer> counts,
    int rated,
    List<CurveBreach> breaches,
    Justification justification) {

  /**
   * A justification as written.
   *
   * @param text why the unit breaks its curve
   * @param authorName who wrote it
   * @param writtenAt when
   * @param version its optimistic-locking version
   */
  public record Justification(
      String text, String authorName, OffsetDateTime writtenAt, long version) {}

  /** Whether the unit breaks its curve without a justification: this blocks the period's lock. */
  public boolean blocksLock() {
    return !breaches.isEmpty() && justification == null;
  }

  /** The unit's calibration from its curve, the period's names and its justification, if any. */
  static UnitCalibration of(
      UnitCurve curve, PeriodSnapshot period, CurveJustification justification) {
    return new UnitCalibration(
        curve.unitId(),
        period.unitNames().get(curve.unitId()),
        curve.headId() == null ? null : period.names().get(curve.headId()),
        curve.result(),
        curve.counts(),
        curve.rated(),
        curve.breaches(),
        justification == null
            ? null
            : new Justification(
                justification.getText(),
                period.names().get(justification.getAuthorId()),
                justification.getWrittenAt(),
                justification.getVersion()));
  }
}
