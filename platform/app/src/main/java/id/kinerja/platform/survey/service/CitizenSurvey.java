package id.kinerja.platform.survey.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.survey.domain.CitizenResponse;
import id.kinerja.platform.survey.domain.FloodGuard;
import id.kinerja.platform.survey.domain.FormToken;
import id.kinerja.platform.survey.domain.StoredAnswer;
import id.kinerja.platform.survey.service.PublicSources.PublicSource;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.FeedbackQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The public survey page of a service unit, without an account: the form (the questions the
 * region's enabled feedback sources put to the public) and the anonymous submission, protected by a
 * hidden field, a signed and timed form token, a per-device hourly limit and a per-unit flood cap,
 * both counted in the database so that they hold across a cluster.
 */
@ApplicationScoped
@Transactional
public class CitizenSurvey {

  private static final Logger LOG = Logger.getLogger(CitizenSurvey.class.getName());

  /** The longest free-text answer kept. */
  static final int MAX_TEXT = 2000;

  /** First key of the per-unit advisory lock: "skm " in ASCII. */
  private static final int LOCK_CLASS = 0x736b6d20;

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @Inject TenantEntityManager entityManager;
  @Inject PublicSources publicSources;
  @Inject SurveySettings settings;
  @Inject AuditTrail audit;
  @Inject SurveyUnits units;

  @Inject Clock clock;

  /**
   * The form of a unit's public page.
   *
   * @throws RuleViolation NOT_FOUND for a unit the region does not have, or when the region has no
   *     enabled source that asks the public
   */
  public SurveyForm form(String unitCode) {
    OrgUnit unit = unit(unitCode);
    List<PublicSource> sources = publicSources.ofRegion();
    return new SurveyForm(
        unit.getCode(),
        unit.getName(),
        sources.stream().map(s -> new SurveyForm.Source(s.id(), s.questions())).toList(),
        PublicSources.askEmployee(sources) ? servingEmployees(unit) : List.of(),
        FormToken.issue(settings.secret(), unit.getCode(), clock.instant()));
  }

  /**
   * Stores a citizen's answers, one response per source, unless a protection refuses them.
   *
   * @return {@link SubmitOutcome#ACCEPTED} when stored, otherwise why not
   * @throws RuleViolation NOT_FOUND as {@link #form}; INVALID for a scale question left unanswered
   *     or off its scale, or an employee not of the unit
   */
  public SubmitOutcome submit(String unitCode, Submission submission) {
    OrgUnit unit = unit(unitCode);
    List<PublicSource> sources = publicSources.ofRegion();
    if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
      return SubmitOutcome.REFUSED;
    }
    Instant now = clock.instant();
    switch (FormToken.check(settings.secret(), submission.token(), unit.getCode(), now)) {
      case FORGED -> {
        return SubmitOutcome.REFUSED;
      }
      case TOO_FAST -> {
        return SubmitOutcome.TOO_FAST;
      }
      case EXPIRED -> {
        return SubmitOutcome.EXPIRED;
      }
      case VALID -> {
        // go on
      }
    }
    Map<String, List<StoredAnswer>> answers = new LinkedHashMap<>();
    for (PublicSource source : sources) {
      answers.put(source.id(), answers(source, submission.values()));
    }
    Employee employee = employee(unit, submission.employeeId(), sources);
    EntityManager em = entityManager.get();
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?, ?)) l")
        .setHint(NATIVE, true)
        .setParameter(1, LOCK_CLASS)
        .setParameter(2, (int) (unit.getId() ^ (unit.getId() >>> 32)))
        .getSingleResult();
    String clientHash =
        settings.clientHash(submission.clientAddress(), now.atOffset(ZoneOffset.UTC).toLocalDate());
    OffsetDateTime at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    FloodGuard guard = PublicSources.floodGuard(sources);
    FloodGuard.Decision decision =
        guard.decide(
            submissions(unit, null, at.minusMinutes(1)),
            submissions(unit, clientHash, at.minusHours(1)));
    switch (decision) {
      case UNIT_FLOOD -> {
        LOG.warning(() -> "Survey page of unit " + unit.getCode() + " is flooded");
        return SubmitOutcome.UNIT_FLOOD;
      }
      case DEVICE_LIMIT -> {
        return SubmitOutcome.DEVICE_LIMIT;
      }
      case ACCEPT -> {
        // store
      }
    }
    for (var entry : answers.entrySet()) {
      CitizenResponse response =
          new CitizenResponse(
              unit,
              employee,
              entry.getKey(),
              ResponseAnswers.toJson(entry.getValue()),
              at,
              clientHash);
      em.persist(response);
      Records.flush(em);
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("unit", unit.getCode());
      after.put("source", entry.getKey());
      after.put("employeeId", employee == null ? null : employee.getId());
      audit.record("citizen_response", String.valueOf(response.getId()), "submit", null, after);
    }
    return SubmitOutcome.ACCEPTED;
  }

  /** The region's unit with this code. */
  private OrgUnit unit(String unitCode) {
    return units.byCode(unitCode);
  }

  /** The submissions to a unit since a time, of one device or ({@code clientHash} null) of all. */
  private long submissions(OrgUnit unit, String clientHash, OffsetDateTime since) {
    String jpql =
        "select count(distinct r.submittedAt) from CitizenResponse r"
            + " where r.unit = :unit and r.submittedAt > :since"
            + (clientHash == null ? "" : " and r.clientHash = :hash");
    var query =
        entityManager
            .get()
            .createQuery(jpql, Long.class)
            .setParameter("unit", unit)
            .setParameter("since", since);
    if (clientHash != null) {
      query.setParameter("hash", clientHash);
    }
    return query.getSingleResult();
  }

  private static List<StoredAnswer> answers(PublicSource source, Map<String, String> values) {
    List<StoredAnswer> answers = new ArrayList<>();
    for (FeedbackQuestion question : source.questions()) {
      String value = values.get(SurveyForm.field(source.id(), question.id()));
      if (question.freeText()) {
        if (value != null && !value.isBlank()) {
          String text = value.strip();
          answers.add(
              new StoredAnswer(
                  question.id(),
                  0,
                  null,
                  text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
        }
        continue;
      }
      int score;
      try {
        score = Integer.parseInt(String.valueOf(value).strip());
      } catch (NumberFormatException e) {
        score = 0;
      }
      if (score < 1 || score > question.scaleMax()) {
        throw new RuleViolation(
            RuleViolation.Kind.INVALID,
            "Mohon jawab semua pertanyaan dengan memilih salah satu nilai.",
            "Please answer every question by choosing one of the values.");
      }
      answers.add(new StoredAnswer(question.id(), question.scaleMax(), score, null));
    }
    return answers;
  }

  private Employee employee(OrgUnit unit, Long employeeId, List<PublicSource> sources) {
    if (employeeId == null || !PublicSources.askEmployee(sources)) {
      return null;
    }
    Employee employee = entityManager.get().find(Employee.class, employeeId);
    if (employee == null || !employee.getUnit().getId().equals(unit.getId())) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Petugas yang dipilih tidak bertugas di unit ini.",
          "The chosen employee does not work in this unit.");
    }
    return employee;
  }

  private List<SurveyForm.ServingEmployee> servingEmployees(OrgUnit unit) {
    return entityManager
        .get()
        .createQuery(
            "select e from Employee e where e.unit = :unit order by e.name", Employee.class)
        .setParameter("unit", unit)
        .getResultList()
        .stream()
        .map(e -> new SurveyForm.ServingEmployee(e.getId(), e.getName(), e.getPositionName()))
        .toList();
  }
}
