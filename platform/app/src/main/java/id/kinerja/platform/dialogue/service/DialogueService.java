package id.kinerja.platform.dialogue.service;

import static id.kinerja.platform.dialogue.service.DialogueContent.plan;
import static id.kinerja.platform.dialogue.service.DialogueContent.text;
import static id.kinerja.platform.dialogue.service.DialogueContent.validate;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendation;
import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.domain.DevelopmentKind;
import id.kinerja.platform.dialogue.domain.PerformanceDialogue;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.service.Employees;
import id.kinerja.platform.period.domain.EvaluationPeriod;
import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance dialogues of the current region, for the acting person. The pejabat penilai (the
 * employee's direct supervisor) records a dialogue; while it is not confirmed by both, either side
 * may edit it, which clears the confirmations given so far. Only the two participants see it (the
 * rules are {@link PerformanceDialogue}'s, checked before its state). Every change names the
 * version the caller last saw and is audited.
 */
@ApplicationScoped
@Transactional
public class DialogueService {

  /** The audit trail's name for a dialogue. */
  public static final String AUDIT_ENTITY = "performance_dialogue";

  @Inject Actor actor;
  @Inject Employees employees;
  @Inject PerformanceDialogues dialogues;
  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject DevelopmentService development;

  // ---- reading ----

  /** A dialogue, for its employee or its pejabat penilai only. */
  public DialogueView dialogue(long id) {
    PerformanceDialogue dialogue = dialogues.find(id);
    dialogue.requireParticipant(acting());
    return DialogueView.of(dialogue);
  }

  /** The caller's own dialogues (as the employee), latest meeting first. */
  public List<DialogueView> mine() {
    return dialogues.of(acting()).stream().map(DialogueView::of).toList();
  }

  /** The dialogues the caller held as pejabat penilai, latest meeting first. */
  public List<DialogueView> ofMyReports() {
    return dialogues.heldBy(acting()).stream().map(DialogueView::of).toList();
  }

  // ---- changes ----

  /**
   * Records a dialogue of one of the caller's direct reports for a period.
   *
   * @throws RuleViolation FORBIDDEN unless the caller is the employee's direct supervisor,
   *     NOT_FOUND for an employee or period not in the region, CONFLICT if the period is locked or
   *     already has a dialogue with the employee, INVALID for unacceptable content
   */
  public DialogueView create(String employeeNip, long periodId, DialogueInput input) {
    Employee me = acting();
    Employee employee = employees.byNip(employeeNip).orElseThrow(RuleViolation::notFound);
    PerformanceDialogue.requireRecordedBy(employee, me);
    EvaluationPeriod period = Records.find(entityManager.get(), EvaluationPeriod.class, periodId);
    requireOpen(period);
    validate(input);
    if (dialogues.existsFor(employee, period)) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Dialog kinerja pegawai ini untuk periode tersebut sudah ada; ubah yang sudah ada.",
          "This employee's dialogue for the period exists already; edit that one.");
    }
    PerformanceDialogue dialogue = new PerformanceDialogue(employee, period, input.meetingDate());
    dialogue.edit(
        input.meetingDate(), text(input.achievements()), text(input.obstacles()), plan(input));
    dialogues.store(dialogue);
    DialogueView created = DialogueView.of(dialogue);
    audit.record(AUDIT_ENTITY, String.valueOf(dialogue.getId()), "create", null, created);
    return created;
  }

  /**
   * Replaces the content of an unconfirmed dialogue; clears both confirmations.
   *
   * @throws RuleViolation CONFLICT once both confirmed it or if it changed since {@code version}
   */
  public DialogueView edit(long id, long version, DialogueInput input) {
    return change(
        id,
        version,
        "edit",
        (dialogue, me) -> {
          requireOpen(dialogue.getPeriod());
          validate(input);
          dialogue.edit(
              input.meetingDate(),
              text(input.achievements()),
              text(input.obstacles()),
              plan(input));
        });
  }

  /**
   * Adds one of the training recommendations for the dialogue's employee and period to its
   * development plan, as an item of the activity's kind described by its Indonesian title and
   * catalog code; clears both confirmations like any edit.
   *
   * @throws RuleViolation NOT_FOUND unless the code is recommended for the dialogue's employee and
   *     period, CONFLICT if it is in the plan already, once both confirmed it or if it changed
   *     since {@code version}
   */
  public DialogueView addRecommendation(long id, long version, String code) {
    return change(
        id,
        version,
        "addRecommendation",
        (dialogue, me) -> {
          requireOpen(dialogue.getPeriod());
          Recommendation recommended = recommendation(dialogue, code);
          String description = recommendedItem(recommended);
          List<Development> plan = new ArrayList<>();
          dialogue
              .getItems()
              .forEach(
                  i ->
                      plan.add(
                          new Development(i.getKind(), i.getDescription(), i.getTargetDate())));
          if (plan.stream().anyMatch(d -> d.description().equals(description))) {
            throw new RuleViolation(
                RuleViolation.Kind.CONFLICT,
                "Rekomendasi ini sudah ada dalam rencana pengembangan.",
                "This recommendation is in the development plan already.");
          }
          plan.add(
              new Development(
                  DevelopmentKind.valueOf(recommended.kind().name()), description, null));
          validate(
              new DialogueInput(
                  dialogue.getMeetingDate(),
                  dialogue.getAchievements(),
                  dialogue.getObstacles(),
                  plan));
          dialogue.edit(
              dialogue.getMeetingDate(), dialogue.getAchievements(), dialogue.getObstacles(), plan);
        });
  }

  private Recommendation recommendation(PerformanceDialogue dialogue, String code) {
    return development
        .recommendations(dialogue.getEmployee().getId(), dialogue.getPeriod().getId())
        .entries()
        .stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(RuleViolation::notFound);
  }

  /** How a recommendation reads as a development plan item: its title and catalog code. */
  public static String recommendedItem(Recommendation recommendation) {
    return recommendation.titleId() + " (" + recommendation.code() + ")";
  }

  /**
   * Records the caller's confirmation of the dialogue as it is; with both confirmations it is
   * final.
   *
   * @throws RuleViolation CONFLICT if the caller confirmed already or it changed since {@code
   *     version}
   */
  public DialogueView confirm(long id, long version) {
    return change(
        id,
        version,
        "confirm",
        (dialogue, me) -> {
          if (dialogue.hasConfirmed(me)) {
            throw new RuleViolation(
                RuleViolation.Kind.CONFLICT,
                "Anda sudah mengonfirmasi dialog kinerja ini.",
                "You have confirmed this dialogue already.");
          }
          dialogue.confirm(me, OffsetDateTime.now(clock));
        });
  }

  // ---- helpers ----

  private interface Edit {
    void apply(PerformanceDialogue dialogue, Employee actor);
  }

  /** A change by a participant, to the version they saw, of a dialogue not yet final; audited. */
  private DialogueView change(long id, long version, String action, Edit edit) {
    PerformanceDialogue dialogue = dialogues.find(id);
    Employee me = acting();
    dialogue.requireParticipant(me);
    if (dialogue.getVersion() != version) {
      throw RuleViolation.concurrentChange();
    }
    if (dialogue.isConfirmed()) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Dialog kinerja ini sudah dikonfirmasi kedua pihak dan tidak dapat diubah.",
          "This dialogue is confirmed by both sides and can no longer be changed.");
    }
    DialogueView before = DialogueView.of(dialogue);
    edit.apply(dialogue, me);
    dialogues.storeChanged(dialogue);
    DialogueView after = DialogueView.of(dialogue);
    audit.record(AUDIT_ENTITY, String.valueOf(dialogue.getId()), action, before, after);
    return after;
  }

  private static void requireOpen(EvaluationPeriod period) {
    if (period.getState() == PeriodState.LOCKED) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Periode penilaian ini sudah dikunci.",
          "This evaluation period is locked.");
    }
  }

  /** The acting employee; refused as forbidden for a login that is no employee of the region. */
  private Employee acting() {
    return employees.byNip(actor.nip()).orElseThrow(PerformanceDialogue::onlyItsParticipants);
  }
}
