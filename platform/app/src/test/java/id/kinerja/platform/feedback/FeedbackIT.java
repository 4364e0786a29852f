package id.kinerja.platform.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.development.service.FeedbackScores;
import id.kinerja.platform.feedback.service.AnswerInput;
import id.kinerja.platform.feedback.service.CollectedAnswers;
import id.kinerja.platform.feedback.service.FeedbackResults;
import id.kinerja.platform.feedback.service.FeedbackResults.GroupCount;
import id.kinerja.platform.feedback.service.FeedbackResults.SourceResult;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.feedback.service.FeedbackSubject;
import id.kinerja.platform.feedback.service.SourceQuestions;
import id.kinerja.platform.period.domain.PeriodKind;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.CoreValues;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 360 feedback inside the real WAR with the internal-360 plugin, in Kupang (threshold 4, all three
 * groups) in 2038, about the demo pegawai of SMP Negeri 1 Kupang; Banyumanik for isolation.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class FeedbackIT {

  private static final String KUPANG = "kupang";
  private static final String BANYUMANIK = "banyumanik";
  private static final int YEAR = 2038;
  private static final String SOURCE = "internal-360";

  /** Kepala SMP Negeri 1 Kupang: the subject's pejabat penilai. */
  private static final String KEPALA = "196906151991011100";

  /** The Kepala's supervisor: the subject's atasan pejabat penilai. */
  private static final String ATASAN = "197205131994122002";

  /** Guru Ahli Pertama, the subject. */
  private static final String SUBJECT = "199508022023122007";

  /** Four other teachers reporting to the Kepala: the subject's peers. */
  private static final List<String> PEERS =
      List.of(
          "197805132004121065", "197505012002031004", "197501142002012008", "198501222023041078");

  /** A teacher of another school: neither supervisor, subordinate nor peer of the subject. */
  private static final String STRANGER = "197103102000121001";

  private static final String KUPANG_ADMIN = "198608022013031030";
  private static final String BANYUMANIK_PENILAI = "198210112004122079";

  private static final Path PLUGIN_JAR =
      Path.of(System.getProperty("kinerja.it.feedback-plugin-jar", "target/internal-360.jar"));

  /** Answers of the public for the subject, as the citizens' page would give them. */
  @ApplicationScoped
  public static class PublicAnswers implements CollectedAnswers {
    static volatile long subjectId = -1;

    @Override
    public List<List<FeedbackAnswer>> responses(
        String sourceId, long employeeId, LocalDate start, LocalDate end) {
      if (!SOURCE.equals(sourceId) || employeeId != subjectId) {
        return List.of();
      }
      List<FeedbackAnswer> one =
          CoreValues.ALL.stream()
              .map(v -> new FeedbackAnswer(v.toLowerCase(), RespondentGroup.PUBLIC, 1, null))
              .toList();
      return Collections.nCopies(4, one);
    }
  }

  @Deployment(testable = true)
  static WebArchive deployment() throws IOException {
    Deployments.installPlugin(PLUGIN_JAR);
    return Deployments.platformWith(FeedbackIT.class, PublicAnswers.class);
  }

  @Inject FeedbackService feedback;
  @Inject FeedbackScores scores;
  @Inject PeriodService periods;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void colleaguesFollowTheReportingLinesAndTheQuestionsAreThePlugins() throws Exception {
    long period = month(2);
    long subject = id(SUBJECT);
    List<FeedbackSubject> mine = kupang(SUBJECT, () -> feedback.subjects(period));
    assertEquals(RespondentGroup.SUBORDINATES, groupOf(mine, KEPALA));
    assertEquals(RespondentGroup.PEERS, groupOf(mine, PEERS.get(0)));
    assertFalse(mine.stream().anyMatch(s -> s.nip().equals(SUBJECT) || s.nip().equals(STRANGER)));
    List<FeedbackSubject> kepala = kupang(KEPALA, () -> feedback.subjects(period));
    assertEquals(RespondentGroup.SUPERVISOR, groupOf(kepala, SUBJECT));
    assertEquals(RespondentGroup.PEERS, groupOf(kepala, STRANGER));

    List<SourceQuestions> questions =
        kupang(PEERS.get(0), () -> feedback.questions(period, subject));
    SourceQuestions internal =
        questions.stream().filter(q -> q.sourceId().equals(SOURCE)).findFirst().orElseThrow();
    assertEquals(8, internal.questions().size());
    assertFalse(internal.answered());
  }

  @Test
  void aGroupIsWithheldUntilItReachesTheThresholdAndHiddenGroupsNeverCount() throws Exception {
    long period = month(1);
    long subject = id(SUBJECT);
    int[] peerScores = {5, 4, 4, 3};
    for (int i = 0; i < 3; i++) {
      answer(PEERS.get(i), period, subject, peerScores[i], i == 0 ? "Selalu membantu rekan" : null);
    }
    answer(KEPALA, period, subject, 1, "Catatan atasan");
    SourceResult withheld = internal(kupang(KEPALA, () -> feedback.results(subject, period)));
    assertEquals(4, withheld.threshold());
    assertEquals(
        new GroupCount(RespondentGroup.PEERS, 3, false), group(withheld, RespondentGroup.PEERS));
    assertEquals(
        new GroupCount(RespondentGroup.SUPERVISOR, 1, false),
        group(withheld, RespondentGroup.SUPERVISOR));
    assertTrue(withheld.coreValueScores().isEmpty(), withheld::toString);
    assertTrue(withheld.comments().isEmpty(), withheld::toString);

    answer(PEERS.get(3), period, subject, peerScores[3], null);
    SourceResult shown = internal(kupang(KEPALA, () -> feedback.results(subject, period)));
    assertEquals(
        new GroupCount(RespondentGroup.PEERS, 4, true), group(shown, RespondentGroup.PEERS));
    // peers' mean 4.0 on 1..5 is 75; the supervisor's 1s stay out while the group is hidden
    assertEquals(new BigDecimal("75.0"), shown.coreValueScores().get(CoreValues.AKUNTABEL));
    assertEquals(List.of("Selalu membantu rekan"), shown.comments());
    assertEquals(
        new BigDecimal("75.0"),
        kupang(() -> scores.coreValueScores(subject, period)).get(CoreValues.KOLABORATIF));

    long given =
        kupang(
            () ->
                entityManager
                    .get()
                    .createQuery(
                        "select g.id from FeedbackGiven g where g.respondent.nip = :r"
                            + " and g.employee.id = :s and g.period.id = :p",
                        Long.class)
                    .setParameter("r", PEERS.get(3))
                    .setParameter("s", subject)
                    .setParameter("p", period)
                    .getSingleResult());
    assertEquals(
        List.of("answer"),
        kupang(
            () ->
                InRegion.auditActions(
                    entityManager.get(), FeedbackService.AUDIT_ENTITY, String.valueOf(given))));
    assertTrue(
        kupang(PEERS.get(3), () -> feedback.subjects(period)).stream()
            .filter(s -> s.nip().equals(SUBJECT))
            .allMatch(FeedbackSubject::done));
  }

  @Test
  void aSecondAnswerAndInvalidAnswersAreRefused() throws Exception {
    long subject = id(SUBJECT);
    long period = month(3);
    answer(PEERS.get(0), period, subject, 4, null);
    InRegion.assertRefused(
        RuleViolation.Kind.CONFLICT, () -> answer(PEERS.get(0), period, subject, 5, null));
    String peer = "198906092024031001";
    List<AnswerInput> outOfRange = answers(3);
    outOfRange.set(0, new AnswerInput(outOfRange.get(0).questionId(), 6, null));
    InRegion.assertRefused(
        RuleViolation.Kind.INVALID, () -> kupang(peer, () -> submit(subject, period, outOfRange)));
    InRegion.assertRefused(
        RuleViolation.Kind.INVALID,
        () -> kupang(peer, () -> submit(subject, period, answers(3).subList(1, 7))));
  }

  @Test
  void answeringAboutSomeoneWhoIsNotAColleagueIsRefused() throws Exception {
    long subject = id(SUBJECT);
    long period = month(4);
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN, () -> answer(STRANGER, period, subject, 5, null));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN, () -> answer(SUBJECT, period, subject, 5, null));
  }

  @Test
  void resultsAreForTheEmployeeTheAppraiserTheAppraisersSupervisorAndTheAdminOnly()
      throws Exception {
    long period = month(5);
    long subject = id(SUBJECT);
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> kupang(STRANGER, () -> feedback.results(subject, period)));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> kupang(PEERS.get(0), () -> feedback.results(subject, period)));
    for (String viewer : List.of(SUBJECT, KEPALA, ATASAN)) {
      assertEquals(subject, kupang(viewer, () -> feedback.results(subject, period)).employeeId());
    }
    assertEquals(
        subject, kupangAdmin(KUPANG_ADMIN, () -> feedback.results(subject, period)).employeeId());
    assertEquals(subject, kupang(SUBJECT, () -> feedback.myResults(period)).employeeId());
  }

  @Test
  void anotherRegionsUserAndIdsAreRefused() throws Exception {
    long period = month(6);
    long subject = id(SUBJECT);
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () -> banyumanikAdmin(BANYUMANIK_PENILAI, () -> feedback.results(subject, period)));
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () -> banyumanik(BANYUMANIK_PENILAI, () -> feedback.questions(period, subject)));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> kupang(BANYUMANIK_PENILAI, () -> feedback.results(subject, period)));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> kupang(BANYUMANIK_PENILAI, () -> feedback.subjects(period)));
  }

  @Test
  void publicAnswersCollectedElsewhereCountPerSourceAndGroup() throws Exception {
    long period = month(7);
    long subject = id(SUBJECT);
    int[] peerScores = {5, 4, 4, 3};
    for (int i = 0; i < PEERS.size(); i++) {
      answer(PEERS.get(i), period, subject, peerScores[i], null);
    }
    PublicAnswers.subjectId = subject;
    try {
      SourceResult result = internal(kupang(KEPALA, () -> feedback.results(subject, period)));
      assertEquals(
          new GroupCount(RespondentGroup.PUBLIC, 4, true), group(result, RespondentGroup.PUBLIC));
      // peers 5,4,4,3 and the public's four 1s: mean 2.5, (2.5 - 1) / 4 = 37.5
      assertEquals(new BigDecimal("37.5"), result.coreValueScores().get(CoreValues.LOYAL));
    } finally {
      PublicAnswers.subjectId = -1;
    }
  }

  // ---- helpers ----

  private Void answer(String respondent, long period, long subject, int score, String comment)
      throws Exception {
    List<AnswerInput> answers = answers(score);
    answers.add(new AnswerInput("comment", null, comment));
    return kupang(respondent, () -> submit(subject, period, answers));
  }

  private Void submit(long subject, long period, List<AnswerInput> answers) {
    feedback.submit(period, subject, SOURCE, answers);
    return null;
  }

  private static List<AnswerInput> answers(int score) {
    return new java.util.ArrayList<>(
        CoreValues.ALL.stream().map(v -> new AnswerInput(v.toLowerCase(), score, null)).toList());
  }

  private static SourceResult internal(FeedbackResults results) {
    return results.sources().stream()
        .filter(s -> s.sourceId().equals(SOURCE))
        .findFirst()
        .orElseThrow(() -> new AssertionError(results.toString()));
  }

  private static GroupCount group(SourceResult result, RespondentGroup group) {
    return result.groups().stream()
        .filter(g -> g.group() == group)
        .findFirst()
        .orElseThrow(() -> new AssertionError(result.toString()));
  }

  private static RespondentGroup groupOf(List<FeedbackSubject> subjects, String nip) {
    return subjects.stream()
        .filter(s -> s.nip().equals(nip))
        .map(FeedbackSubject::group)
        .findFirst()
        .orElseThrow(() -> new AssertionError(nip + " not in " + subjects));
  }

  private long id(String nip) throws Exception {
    return kupang(() -> InRegion.employeeId(entityManager.get(), nip));
  }

  /**
   * A month of 2038 in Kupang, opening the year if no test has yet. Each test answers in a month of
   * its own, so the tests need no order.
   */
  private long month(int number) throws Exception {
    List<PeriodView> year = kupang(() -> periods.periods(YEAR));
    if (year.isEmpty()) {
      year = kupang(() -> periods.openYear(YEAR));
    }
    return year.stream()
        .filter(p -> p.kind() == PeriodKind.MONTH && p.number() == number)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private <T> T kupang(Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, KUPANG, work);
  }

  /** {@code work} in Kupang, acting as the employee {@code nip}. */
  private <T> T kupang(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, KUPANG, nip, Set.of("employee"), work);
  }

  /** {@code work} in Kupang, acting as the region's admin {@code nip}. */
  private <T> T kupangAdmin(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, KUPANG, nip, Set.of("employee", "admin"), work);
  }

  private <T> T banyumanik(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee"), work);
  }

  private <T> T banyumanikAdmin(String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, BANYUMANIK, nip, Set.of("employee", "admin"), work);
  }
}
