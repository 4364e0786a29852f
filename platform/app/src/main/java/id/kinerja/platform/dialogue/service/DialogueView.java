package id.kinerja.platform.dialogue.service;

import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.PerformanceDialogue;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What views, the API and the audit trail show of a dialogue.
 *
 * @param id the dialogue's id
 * @param employeeNip the employee's NIP
 * @param employeeName the employee's name
 * @param appraiserNip the pejabat penilai's NIP
 * @param appraiserName the pejabat penilai's name
 * @param periodId the evaluation period's id
 * @param year the period's performance year
 * @param periodKind year, quarter or month
 * @param periodNumber 0 for the year, else the quarter or month
 * @param meetingDate when the meeting took place
 * @param achievements what was achieved
 * @param obstacles what stood in the way
 * @param developmentPlan the development plan items
 * @param employeeConfirmedAt when the employee confirmed the content, or null
 * @param appraiserConfirmedAt when the pejabat penilai confirmed the content, or null
 * @param confirmed whether both confirmed it: then it is final
 * @param version the optimistic-locking version to send back with a change
 */
public record DialogueView(
    long id,
    String employeeNip,
    String employeeName,
    String appraiserNip,
    String appraiserName,
    long periodId,
    int year,
    PeriodKind periodKind,
    int periodNumber,
    LocalDate meetingDate,
    String achievements,
    String obstacles,
    List<Development> developmentPlan,
    OffsetDateTime employeeConfirmedAt,
    OffsetDateTime appraiserConfirmedAt,
    boolean confirmed,
    long version) {

  static DialogueView of(PerformanceDialogue d) {
    EvaluationPeriod period = d.getPeriod();
    return new DialogueView(
        d.getId(),
        d.getEmployee().getNip().value(),
        d.getEmployee().getName(),
        d.getAppraiser().getNip().value(),
        d.getAppraiser().getName(),
        period.getId(),
        period.getYear(),
        period.getKind(),
        period.getNumber(),
        d.getMeetingDate(),
        d.getAchievements(),
        d.getObstacles(),
        d.getItems().stream()
            .map(i -> new Development(i.getKind(), i.getDescription(), i.getTargetDate()))
            .toList(),
        d.getEmployeeConfirmedAt(),
        d.getAppraiserConfirmedAt(),
        d.isConfirmed(),
        d.getVersion());
  }
}
