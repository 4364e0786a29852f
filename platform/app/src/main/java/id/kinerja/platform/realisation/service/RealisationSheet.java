package id.kinerja.platform.realisation.service;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.Indicator;
import id.kinerja.platform.planning.domain.PerformancePlan;
import id.kinerja.platform.planning.domain.PlannedResult;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.realisation.domain.Evidence;
import id.kinerja.platform.realisation.domain.EvidenceKind;
import id.kinerja.platform.realisation.domain.Feedback;
import id.kinerja.platform.realisation.domain.Realisation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An employee's realisations of one period as views, the API and the rating show them: every IKI of
 * the approved plan in force with its target for the period and its realisation, if recorded.
 *
 * @param employeeId the employee's id
 * @param employeeNip the employee's NIP
 * @param employeeName the employee's name
 * @param appraiserNip the pejabat penilai's NIP, null at the top of the tree
 * @param period the period
 * @param planId the approved plan in force, null if the employee has none for the year
 * @param rows one per IKI of that plan, in plan order, then one per realisation recorded for an IKI
 *     of an earlier approved version of the plan (since revised)
 */
public record RealisationSheet(
    long employeeId,
    String employeeNip,
    String employeeName,
    String appraiserNip,
    PeriodInfo period,
    Long planId,
    List<Row> rows) {

  /** The period: its kind, number, deadline and whether it is locked. */
  public record PeriodInfo(
      long id, int year, PeriodKind kind, int number, Instant deadline, PeriodState state) {

    /** Whether realisations, evidence and feedback may still change. */
    public boolean open() {
      return state == PeriodState.OPEN;
    }

    static PeriodInfo of(EvaluationPeriod p) {
      return new PeriodInfo(
          p.getId(), p.getYear(), p.getKind(), p.getNumber(), p.getDeadline(), p.getState());
    }
  }

  /**
   * An IKI with its RHK, the target of the period (null if none was planned) and the realisation
   * (null if not yet recorded). {@code inForce} is false for an IKI of an earlier approved version
   * of the plan, whose realisation was recorded before the plan was revised.
   */
  public record Row(
      long indicatorId,
      ResultKind resultKind,
      String resultText,
      String indicatorText,
      Aspect aspect,
      String unit,
      String target,
      boolean inForce,
      RealisationView realisation) {

    static Row of(Indicator i, int periodNumber, boolean inForce, Realisation realisation) {
      PlannedResult r = i.getResult();
      return new Row(
          i.getId(),
          r.getKind(),
          r.getText(),
          i.getText(),
          i.getAspect(),
          i.getUnit(),
          i.targetMap().get(periodNumber),
          inForce,
          realisation == null ? null : RealisationView.of(realisation));
    }
  }

  /** A realisation with its evidence and feedback; send {@code version} back to change it. */
  public record RealisationView(
      long id,
      long indicatorId,
      long periodId,
      String achieved,
      String description,
      OffsetDateTime recordedAt,
      OffsetDateTime updatedAt,
      List<EvidenceView> evidence,
      List<FeedbackView> feedback,
      long version) {

    static RealisationView of(Realisation r) {
      return new RealisationView(
          r.getId(),
          r.getIndicator().getId(),
          r.getPeriod().getId(),
          r.getAchieved(),
          r.getDescription(),
          r.getRecordedAt(),
          r.getUpdatedAt(),
          r.getEvidence().stream().map(EvidenceView::of).toList(),
          r.getFeedback().stream().map(FeedbackView::of).toList(),
          r.getVersion());
    }
  }

  /** A piece of evidence: a link, or a file's name, detected type, size and SHA-256. */
  public record EvidenceView(
      long id,
      EvidenceKind kind,
      String url,
      String fileName,
      String contentType,
      Long sizeBytes,
      String sha256,
      OffsetDateTime addedAt) {

    static EvidenceView of(Evidence e) {
      return new EvidenceView(
          e.getId(),
          e.getKind(),
          e.getUrl(),
          e.getFileName(),
          e.getContentType(),
          e.getSizeBytes(),
          e.getSha256(),
          e.getAddedAt());
    }
  }

  /** An entry of feedback with its author and time. */
  public record FeedbackView(
      long id, String authorNip, String authorName, String text, OffsetDateTime givenAt) {

    static FeedbackView of(Feedback f) {
      return new FeedbackView(
          f.getId(),
          f.getAuthor().getNip().value(),
          f.getAuthor().getName(),
          f.getText(),
          f.getGivenAt());
    }
  }

  static RealisationSheet of(
      Employee employee,
      EvaluationPeriod period,
      PerformancePlan plan,
      Map<Long, Realisation> byIndicator) {
    Map<Long, Realisation> left = new LinkedHashMap<>(byIndicator);
    List<Row> rows = new ArrayList<>();
    if (plan != null) {
      for (PlannedResult r : plan.getResults()) {
        for (Indicator i : r.getIndicators()) {
          rows.add(Row.of(i, period.getNumber(), true, left.remove(i.getId())));
        }
      }
    }
    left.values().forEach(r -> rows.add(Row.of(r.getIndicator(), period.getNumber(), false, r)));
    Employee supervisor = employee.getSupervisor();
    return new RealisationSheet(
        employee.getId(),
        employee.getNip().value(),
        employee.getName(),
        supervisor == null ? null : supervisor.getNip().value(),
        PeriodInfo.of(period),
        plan == null ? null : plan.getId(),
        List.copyOf(rows));
  }
}
