package id.kinerja.plugins.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kinerja.plugin.api.IndicatorData;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorDefinition.Aspect;
import id.kinerja.plugin.api.IndicatorDefinition.Direction;
import id.kinerja.plugin.api.IndicatorRealisation;
import id.kinerja.plugin.api.IndicatorRealisation.Trend;
import id.kinerja.plugin.api.IndicatorRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdministrationIndicatorsTest {

  private static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");

  private final AdministrationIndicators administration =
      (AdministrationIndicators)
          new AdministrationIndicatorsFactory()
              .create(Map.of("responseTargetHours", "24", "resolutionTargetHours", "72"));

  @Test
  void documentsCompletedCountsTheClosedDocumentsOnly() {
    IndicatorRealisation documents =
        compute(
            AdministrationIndicators.DOCUMENTS_COMPLETED,
            List.of(
                document("D1", 5),
                document("D2", 30),
                document("D3", null),
                complaint("C1", 1, 10)),
            List.of(document("P1", 2), document("P2", 3), document("P3", 4)));

    assertEquals(BigDecimal.valueOf(2), documents.value());
    assertEquals(2, documents.basedOn());
    assertEquals(BigDecimal.valueOf(3), documents.previousValue());
    assertEquals(Trend.WORSENED, documents.trend(), "fewer documents than the 3 before");
  }

  @Test
  void moreDocumentsThanInThePreviousPeriodIsAnImprovement() {
    IndicatorRealisation documents =
        compute(
            AdministrationIndicators.DOCUMENTS_COMPLETED,
            List.of(document("D1", 5), document("D2", 6)),
            List.of(document("P1", 2)));

    assertEquals(Trend.IMPROVED, documents.trend());
  }

  @Test
  void responseTimeIsTheMeanHoursFromOpeningToFirstResponseIgnoringResponsesBeforeOpening() {
    IndicatorRealisation response =
        compute(
            AdministrationIndicators.RESPONSE_TIME,
            List.of(
                complaint("C1", 10, 40),
                complaint("C2", 30, 50),
                complaint("C3", -2, 50),
                complaint("C4", null, 50),
                document("D1", 5)),
            List.of(complaint("P1", 40, 60)));

    assertEquals(new BigDecimal("20.0"), response.value());
    assertEquals(2, response.basedOn());
    assertEquals(new BigDecimal("40.0"), response.previousValue());
    assertEquals(Trend.IMPROVED, response.trend(), "answered faster than the 40 hours before");
    assertEquals("1 complaints exceeded the target of 24 hours.", response.noteEn());
    assertEquals("1 pengaduan melewati target 24 jam.", response.noteId());
  }

  @Test
  void resolutionTimeIsTheMeanHoursFromOpeningToClosingOfClosedComplaints() {
    IndicatorRealisation resolution =
        compute(
            AdministrationIndicators.RESOLUTION_TIME,
            List.of(complaint("C1", 2, 100), complaint("C2", 2, 50), complaint("C3", 2, null)),
            List.of(complaint("P1", 2, 60)));

    assertEquals(new BigDecimal("75.0"), resolution.value());
    assertEquals(2, resolution.basedOn(), "an open complaint does not count");
    assertEquals(Trend.WORSENED, resolution.trend(), "resolved slower than the 60 hours before");
    assertEquals("1 complaints exceeded the target of 72 hours.", resolution.noteEn());
  }

  @Test
  void halvingTheResolutionTimeIsAnImprovement() {
    IndicatorRealisation resolution =
        compute(
            AdministrationIndicators.RESOLUTION_TIME,
            List.of(complaint("C1", 1, 48)),
            List.of(complaint("P1", 1, 96)));

    assertEquals(new BigDecimal("48.0"), resolution.value());
    assertEquals(Trend.IMPROVED, resolution.trend());
  }

  @Test
  void aPeriodWithoutRecordsHasNoTimesAndNoCompletedDocuments() {
    assertNull(compute(AdministrationIndicators.RESPONSE_TIME, List.of(), List.of()).value());
    assertNull(compute(AdministrationIndicators.RESOLUTION_TIME, List.of(), List.of()).value());
    IndicatorRealisation documents =
        compute(AdministrationIndicators.DOCUMENTS_COMPLETED, List.of(), List.of());
    assertEquals(BigDecimal.ZERO, documents.value());
    assertEquals(Trend.UNKNOWN, documents.trend(), "no previous period to compare with");
  }

  @Test
  void definitionsGiveAspectDirectionUnitAndGuidanceInBothLanguages() {
    List<IndicatorDefinition> definitions = administration.definitions();

    assertEquals(Aspect.QUANTITY, definitions.get(0).aspect());
    assertEquals(Direction.HIGHER_IS_BETTER, definitions.get(0).direction());
    assertEquals(
        List.of(Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER),
        definitions.subList(1, 3).stream().map(IndicatorDefinition::direction).toList());
    assertEquals("jam", definitions.get(1).unit());
    assertEquals(true, definitions.get(1).guidanceId().contains("24 jam"));
    assertEquals(true, definitions.get(2).guidanceEn().contains("72 hours"));
    assertEquals(
        Optional.empty(), administration.compute("unknown-code", data(List.of(), List.of())));
  }

  private IndicatorRealisation compute(
      String code, List<IndicatorRecord> records, List<IndicatorRecord> previous) {
    return administration.compute(code, data(records, previous)).orElseThrow();
  }

  private static IndicatorData data(List<IndicatorRecord> records, List<IndicatorRecord> previous) {
    return new IndicatorData(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), records, previous);
  }

  /** A document opened at {@link #OPENED}, completed {@code doneHours} later or still open. */
  private static IndicatorRecord document(String id, Integer doneHours) {
    return new IndicatorRecord(
        id,
        OPENED,
        doneHours == null ? null : OPENED.plusSeconds(3600L * doneHours),
        null,
        Map.of(AdministrationIndicators.KIND, AdministrationIndicators.DOCUMENT));
  }

  /**
   * A complaint opened at {@link #OPENED}, first answered {@code responseHours} and resolved {@code
   * resolvedHours} later ({@code null}: not yet).
   */
  private static IndicatorRecord complaint(
      String id, Integer responseHours, Integer resolvedHours) {
    Map<String, String> attributes =
        responseHours == null
            ? Map.of(AdministrationIndicators.KIND, AdministrationIndicators.COMPLAINT)
            : Map.of(
                AdministrationIndicators.KIND,
                AdministrationIndicators.COMPLAINT,
                AdministrationIndicators.FIRST_RESPONSE_AT,
                OPENED.plusSeconds(3600L * responseHours).toString());
    return new IndicatorRecord(
        id,
        OPENED,
        resolvedHours == null ? null : OPENED.plusSeconds(3600L * resolvedHours),
        null,
        attributes);
  }
}
