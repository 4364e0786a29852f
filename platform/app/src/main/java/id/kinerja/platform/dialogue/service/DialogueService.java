package id.kinerja.platform.dialogue.service;

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
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance dialogues of the current region. The pejabat penilai (the employee's direct
 * supervisor) records a dialogue; while it is not confirmed by both, either side may edit it, which
 * clears the confirmations given so far. Only the two participants see it. Every method takes the
 * acting person's NIP; every change names the version the caller last saw and is audited.
 */
@ApplicationScoped
@Transactional
public class DialogueService {

  /** The audit trail's name for a dialogue. */
  public static final String AUDIT_ENTITY = "performance_dialogue";

  static final int MAX_TEXT = 4000;
  static final int MAX_ITEMS = 20;

  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject DevelopmentService development;

  // ---- reading ----

  /** A dialogue, for its employee or its pejabat penilai only. */
  public DialogueView dialogue(String actorNip, long id) {
    PerformanceDialogue dialogue = find(id);
    requireParticipant(dialogue, employee(actorNip));
    return DialogueView.of(dialogue);
  }

  /** The caller's own dialogues (as the employee), latest meeting first. */
  public List<DialogueView> mine(String actorNip) {
    return list("d.employee", employee(actorNip));
  }

  /** The dialogues the caller held as pejabat penilai, latest meeting first. */
  public List<DialogueView> ofMyReports(String actorNip) {
    return list("d.appraiser", employee(actorNip));
  }

  // ---- changes ----

  /**
   * Records a dialogue of one of the caller's direct reports for a period.
   *
   * @throws RuleViolation FORBIDDEN unless the caller is the employee's direct supervisor,
   *     NOT_FOUND for an employee or period not in the region, CONFLICT if the period is locked or
   *     already has a dialogue with the employee, INVALID for unacceptable content
   */
  public DialogueView create(
      String actorNip, String employeeNip, long periodId, DialogueInput input) {
    Employee me = employee(actorNip);
    Employee employee = Employees.byNip(em(), employeeNip).orElseThrow(RuleViolation::notFound);
    if (employee.getSupervisor() == null || !employee.getSupervisor().getId().equals(me.getId())) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya pejabat penilai langsung pegawai yang dapat mencatat dialog kinerjanya.",
          "Only the employee's direct supervisor may record their performance dialogue.");
    }
    EvaluationPeriod period = em().find(EvaluationPeriod.class, periodId);
    if (period == null) {
      throw RuleViolation.notFound();
    }
    requireOpen(period);
    validate(input);
    long existing =
        em().createQuery(
                "select count(d) from PerformanceDialogue d where d.employee = :e"
                    + " and d.period = :p",
                Long.class)
            .setParameter("e", employee)
            .setParameter("p", period)
            .getSingleResult();
    if (existing > 0) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Dialog kinerja pegawai ini untuk periode tersebut sudah ada; ubah yang sudah ada.",
          "This employee's dialogue for the period exists already; edit that one.");
    }
    PerformanceDialogue dialogue = new PerformanceDialogue(employee, period, input.meetingDate());
    dialogue.edit(
        input.meetingDate(), text(input.achievements()), text(input.obstacles()), plan(input));
    em().persist(dialogue);
    flush();
    DialogueView created = DialogueView.of(dialogue);
    audit.record(AUDIT_ENTITY, String.valueOf(dialogue.getId()), "create", null, created);
    return created;
  }

  /**
   * Replaces the content of an unconfirmed dialogue; clears both confirmations.
   *
   * @throws RuleViolation CONFLICT once both confirmed it or if it changed since {@code version}
   */
  public DialogueView edit(String actorNip, long id, long version, DialogueInput input) {
    return change(
        actorNip,
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
  public DialogueView addRecommendation(String actorNip, long id, long version, String code) {
    return change(
        actorNip,
        id,
        version,
        "addRecommendation",
        (dialogue, me) -> {
          requireOpen(dialogue.getPeriod());
          Recommendation recommended =
              development
                  .recommendations(
                      actorNip, false, dialogue.getEmployee().getId(), dialogue.getPeriod().getId())
                  .entries()
                  .stream()
                  .filter(r -> r.code().equals(code))
                  .findFirst()
                  .orElseThrow(RuleViolation::notFound);
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
          DialogueInput input =
              new DialogueInput(
                  dialogue.getMeetingDate(),
                  dialogue.getAchievements(),
                  dialogue.getObstacles(),
                  plan);
          validate(input);
          dialogue.edit(input.meetingDate(), input.achievements(), input.obstacles(), plan);
        });
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
  public DialogueView confirm(String actorNip, long id, long version) {
    return change(
        actorNip,
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
          dialogue.confirm(me, OffsetDateTime.now(ZoneOffset.UTC));
        });
  }

  // ---- helpers ----

  private interface Edit {
    void apply(PerformanceDialogue dialogue, Employee actor);
  }

  private DialogueView change(String actorNip, long id, long version, String action, Edit edit) {
    PerformanceDialogue dialogue = find(id);
    Employee me = employee(actorNip);
    requireParticipant(dialogue, me);
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
    em().lock(dialogue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flush();
    DialogueView after = DialogueView.of(dialogue);
    audit.record(AUDIT_ENTITY, String.valueOf(dialogue.getId()), action, before, after);
    return after;
  }

  private List<DialogueView> list(String side, Employee person) {
    return em().createQuery(
            "select d from PerformanceDialogue d where "
                + side
                + " = :p order by d.meetingDate desc, d.id desc",
            PerformanceDialogue.class)
        .setParameter("p", person)
        .getResultStream()
        .map(DialogueView::of)
        .toList();
  }

  private static void requireParticipant(PerformanceDialogue dialogue, Employee person) {
    if (!dialogue.isParticipant(person)) {
      throw forbidden();
    }
  }

  private static void requireOpen(EvaluationPeriod period) {
    if (period.getState() == PeriodState.LOCKED) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Periode penilaian ini sudah dikunci.",
          "This evaluation period is locked.");
    }
  }

  private static void validate(DialogueInput input) {
    if (input == null || input.meetingDate() == null) {
      throw invalid("Tanggal pertemuan wajib diisi.", "The meeting date is required.");
    }
    if (length(input.achievements()) > MAX_TEXT || length(input.obstacles()) > MAX_TEXT) {
      throw invalid(
          "Capaian dan kendala paling banyak " + MAX_TEXT + " karakter.",
          "Achievements and obstacles take at most " + MAX_TEXT + " characters.");
    }
    List<Development> plan = input.developmentPlan() == null ? List.of() : input.developmentPlan();
    if (plan.size() > MAX_ITEMS) {
      throw invalid(
          "Rencana pengembangan paling banyak " + MAX_ITEMS + " butir.",
          "A development plan has at most " + MAX_ITEMS + " items.");
    }
    for (Development d : plan) {
      if (d == null
          || d.kind() == null
          || text(d.description()) == null
          || length(d.description()) > MAX_TEXT) {
        throw invalid(
            "Setiap butir rencana pengembangan memerlukan jenis dan uraian.",
            "Each development plan item needs a kind and a description.");
      }
    }
  }

  private static List<Development> plan(DialogueInput input) {
    List<Development> plan = new ArrayList<>();
    if (input.developmentPlan() != null) {
      input
          .developmentPlan()
          .forEach(d -> plan.add(new Development(d.kind(), text(d.description()), d.targetDate())));
    }
    return plan;
  }

  /** The trimmed text, or null if blank. */
  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private PerformanceDialogue find(long id) {
    return Records.find(em(), PerformanceDialogue.class, id);
  }

  private Employee employee(String nip) {
    return Employees.byNip(em(), nip).orElseThrow(DialogueService::forbidden);
  }

  private void flush() {
    Records.flush(em());
  }

  private static RuleViolation invalid(String messageId, String messageEn) {
    return new RuleViolation(RuleViolation.Kind.INVALID, messageId, messageEn);
  }

  private static RuleViolation forbidden() {
    return new RuleViolation(
        RuleViolation.Kind.FORBIDDEN,
        "Hanya pegawai dan pejabat penilainya yang dapat melihat dialog kinerja ini.",
        "Only the employee and their pejabat penilai may see this dialogue.");
  }

  private EntityManager em() {
    return entityManager.get();
  }
}
