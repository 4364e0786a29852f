package id.kinerja.platform.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.feedback.service.CollectedAnswers;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.survey.domain.FormToken;
import id.kinerja.platform.survey.domain.ServiceQuality;
import id.kinerja.platform.survey.service.CitizenSurvey;
import id.kinerja.platform.survey.service.SkmService;
import id.kinerja.platform.survey.service.Submission;
import id.kinerja.platform.survey.service.SubmitOutcome;
import id.kinerja.platform.survey.service.SurveyForm;
import id.kinerja.platform.survey.service.UnitIndex;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.TestClock;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.FeedbackAnswer;
import id.kinerja.plugin.api.FeedbackQuestion;
import id.kinerja.plugin.api.RespondentGroup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The citizens' survey page of Banyumanik units, without a login, through the real tenant filter
 * and servlet (plain HTTP on 127.0.0.1 with the region's host), and the index, poster and 360
 * answers computed from what was stored. Banyumanik allows 3 responses per device and unit an hour.
 * Every test answers about a unit of its own, and moves the platform's clock ({@link TestClock})
 * past the fastest a person fills in the form instead of sleeping.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class CitizenSurveyIT {

  private static final String BANYUMANIK = "banyumanik";
  private static final String LAMPUNG = "lampung";
  private static final String BANYUMANIK_ADMIN = "199203172014011012";
  private static final String BANYUMANIK_PEGAWAI = "199503312018021112";
  private static final String LAMPUNG_ADMIN = "199107262016031007";

  /** The unit the HTTP tests answer about: Banyumanik's setting allows 3 an hour per device. */
  private static final String PAGE_UNIT = "kel-padangsari";

  /** The unit whose page's responses are counted in its index. */
  private static final String COUNTED_UNIT = "pkm-padangsari";

  /** The unit flooded before its page is asked. */
  private static final String FLOODED_PAGE_UNIT = "kec-banyumanik";

  /** Past the fastest a person fills in the form: how far the clock moves after opening it. */
  private static final Duration FILLING_IN = FormToken.FASTEST.plusMillis(100);

  /** The unit the in-container tests answer about. */
  private static final String SERVICE_UNIT = "kel-srondolwetan";

  /** A Lampung unit Banyumanik does not have. */
  private static final String LAMPUNG_UNIT = "rsudam";

  private static final int MAX_PER_HOUR = 3;

  /** The unit flooded by the in-container test: Banyumanik takes 20 responses a unit a minute. */
  private static final String FLOODED_UNIT = "pkm-srondol";

  private static final int UNIT_CAP = 20;

  private static final Path PLUGIN_JAR =
      Path.of(System.getProperty("kinerja.it.citizen-plugin-jar", "target/citizen-feedback.jar"));

  /** Installs the plugin in the platform's plugins folder before the platform starts. */
  @Deployment(testable = true)
  static WebArchive deployment() throws IOException {
    Deployments.installPlugin(PLUGIN_JAR);
    return Deployments.platformWith(CitizenSurveyIT.class, TestClock.class);
  }

  /** The request Arquillian runs the test in: its port and context path are the platform's. */
  @Inject HttpServletRequest runner;

  @Inject CitizenSurvey survey;
  @Inject SkmService skm;
  @Inject Instance<CollectedAnswers> collected;
  @Inject UserTransaction transaction;
  @Inject TenantEntityManager entityManager;

  // ---- the public page over plain HTTP, no login ----

  @Test
  void theUnitsPageAnswersWithoutLoginShowingItsNameTheNineQuestionsAndItsStaff() throws Exception {
    Page page = get(PAGE_UNIT, "");
    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("Kelurahan Padangsari"), html);
    assertTrue(html.contains("kesesuaian persyaratan pelayanan"), html);
    assertTrue(html.contains("citizen-feedback:sarana"), html);
    assertTrue(html.contains("Petugas yang melayani"), html);
    assertTrue(html.contains("Lurah Padangsari"), html);
    assertFalse(html.contains("<script"), html);
    String english = get(PAGE_UNIT, "?lang=en").body();
    assertTrue(english.contains("How fast was the service completed?"), english);
  }

  @Test
  void aSubmittedFormIsStoredAndThankedUpToTheDevicesHourlyLimitThenRefusedWith429()
      throws Exception {
    Form form = form(PAGE_UNIT);
    TestClock.advance(FILLING_IN);
    Map<String, String> answers = answers(form, 3);
    answers.put("employee", form.firstEmployee());
    for (int i = 1; i <= MAX_PER_HOUR; i++) {
      Page thanks = post(PAGE_UNIT, answers);
      assertEquals(200, thanks.statusCode(), thanks.body());
      assertTrue(thanks.body().contains("Terima kasih"), thanks.body());
    }
    Page limited = post(PAGE_UNIT, answers);
    assertEquals(429, limited.statusCode(), limited.body());
    assertTrue(limited.body().contains("Silakan coba lagi satu jam lagi"), limited.body());
    answers.put("lang", "en");
    Page limitedEn = post(PAGE_UNIT, answers);
    assertEquals(429, limitedEn.statusCode());
    assertTrue(limitedEn.body().contains("Please try again in an hour"), limitedEn.body());
  }

  @Test
  void aRobotFillingTheHiddenFieldOrSendingTheFormTooFastIsRefused() throws Exception {
    Form form = form("kel-pudakpayung");
    Page tooFast = post("kel-pudakpayung", answers(form, 4));
    assertEquals(400, tooFast.statusCode(), tooFast.body());
    assertTrue(tooFast.body().contains("terlalu cepat"), tooFast.body());
    TestClock.advance(FILLING_IN);
    Map<String, String> robot = answers(form, 4);
    robot.put("website", "http://spam.example");
    Page refused = post("kel-pudakpayung", robot);
    assertEquals(400, refused.statusCode(), refused.body());
    Map<String, String> forged = answers(form, 4);
    forged.put("token", "1." + form.token().substring(form.token().indexOf('.') + 1));
    assertEquals(400, post("kel-pudakpayung", forged).statusCode());
  }

  @Test
  void anotherRegionsUnitOrAnUnknownOneIsNotFoundWithoutAStackTrace() throws Exception {
    for (String unit : List.of(LAMPUNG_UNIT, "tidak-ada")) {
      Page page = get(unit, "");
      assertEquals(404, page.statusCode(), unit);
      assertFalse(page.body().contains("Exception"), page.body());
    }
    Page posted = post(LAMPUNG_UNIT, Map.of("token", "x"));
    assertEquals(404, posted.statusCode());
    // Tanjungbalai has the unit but has not enabled the citizen feedback plugin.
    Page disabled = send("tanjungbalai", "setda", "GET", null);
    assertEquals(404, disabled.statusCode(), disabled.body());
  }

  @Test
  void thePosterNeedsALogin() throws Exception {
    Page poster = get(PAGE_UNIT + "/poster.pdf", "");
    assertEquals(401, poster.statusCode());
  }

  // ---- what was stored, in the container ----

  @Test
  void thePagesResponsesAreCountedInTheUnitsIndexWithoutAnyAddress() throws Exception {
    Form form = form(COUNTED_UNIT);
    TestClock.advance(FILLING_IN);
    for (int i = 0; i < MAX_PER_HOUR; i++) {
      Page thanks = post(COUNTED_UNIT, answers(form, 3));
      assertEquals(200, thanks.statusCode(), thanks.body());
    }
    UnitIndex unit = index(COUNTED_UNIT);
    assertEquals(MAX_PER_HOUR, unit.index().respondents());
    assertEquals(new BigDecimal("75.00"), unit.index().ikm(), "every element answered 3 of 4");
    assertEquals(ServiceQuality.C, unit.index().quality());
    assertEquals("https://banyumanik.localhost/survei/" + PAGE_UNIT, index(PAGE_UNIT).publicLink());
    assertEquals(0, index("kel-pudakpayung").index().respondents(), "robots stored nothing");
    List<String> hashes = inRegion(BANYUMANIK, () -> skmHashes(COUNTED_UNIT));
    assertEquals(MAX_PER_HOUR, hashes.size());
    hashes.forEach(h -> assertFalse(h.contains("127.0.0.1") || h.contains(":"), h));
  }

  @Test
  void theIkmIsComputedFromTheStoredResponsesOfDifferentDevices() throws Exception {
    SurveyForm form = inRegion(BANYUMANIK, () -> survey.form(SERVICE_UNIT));
    long served = form.employees().get(0).id();
    TestClock.advance(FILLING_IN);
    // Three citizens: all 4 (100), all 3 (75), all 2 (50) -> IKM 75.00, mutu C.
    int[] scores = {4, 3, 2};
    for (int i = 0; i < scores.length; i++) {
      Submission submission =
          new Submission(
              form.token(),
              "",
              i == 0 ? served : null,
              answers(form, scores[i]),
              "198.51.100." + (10 + i));
      assertEquals(
          SubmitOutcome.ACCEPTED,
          inRegion(BANYUMANIK, () -> survey.submit(SERVICE_UNIT, submission)));
    }
    UnitIndex unit = index(SERVICE_UNIT);
    assertEquals(3, unit.index().respondents());
    assertEquals(new BigDecimal("75.00"), unit.index().ikm());
    assertEquals(new BigDecimal("3.00"), unit.index().nrr().get("waktu"));
    assertEquals(ServiceQuality.C, unit.index().quality());

    // The citizen who named the employee gave one response about them, as the public group.
    LocalDate today = LocalDate.now();
    List<List<FeedbackAnswer>> about =
        inRegion(
            BANYUMANIK,
            () ->
                collected.stream()
                    .flatMap(
                        c ->
                            c
                                .responses(
                                    SkmService.SKM_SOURCE,
                                    served,
                                    today.minusDays(1),
                                    today.plusDays(1))
                                .stream())
                    .toList());
    assertEquals(1, about.size());
    assertTrue(about.get(0).stream().allMatch(a -> a.group() == RespondentGroup.PUBLIC));
    assertTrue(
        about.get(0).stream().anyMatch(a -> a.questionId().equals("perilaku") && a.score() == 4));
  }

  @Test
  void aScaleQuestionLeftUnansweredIsInvalidAndStoresNothing() throws Exception {
    SurveyForm form = inRegion(BANYUMANIK, () -> survey.form("kel-pudakpayung"));
    TestClock.advance(FILLING_IN);
    Map<String, String> partial = answers(form, 4);
    partial.remove("citizen-feedback:waktu");
    InRegion.assertRefused(
        RuleViolation.Kind.INVALID,
        () ->
            inRegion(
                BANYUMANIK,
                () ->
                    survey.submit(
                        "kel-pudakpayung",
                        new Submission(form.token(), "", null, partial, "198.51.100.50"))));
    assertEquals(0, index("kel-pudakpayung").index().respondents());
  }

  @Test
  void onlyTheRegionsAdminGetsThePosterAndAnotherRegionDoesNotFindTheUnit() throws Exception {
    byte[] pdf = asAdmin(BANYUMANIK, BANYUMANIK_ADMIN, () -> skm.poster(PAGE_UNIT));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> asEmployee(BANYUMANIK, BANYUMANIK_PEGAWAI, () -> skm.poster(PAGE_UNIT)));
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () -> asAdmin(LAMPUNG, LAMPUNG_ADMIN, () -> skm.poster(PAGE_UNIT)));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () -> asEmployee(BANYUMANIK, BANYUMANIK_PEGAWAI, () -> skm.units(Year.now().getValue())));
    List<UnitIndex> lampung =
        asAdmin(LAMPUNG, LAMPUNG_ADMIN, () -> skm.units(Year.now().getValue()));
    assertTrue(lampung.stream().noneMatch(u -> u.unitCode().equals(PAGE_UNIT)));
    assertTrue(lampung.stream().allMatch(u -> u.index().respondents() == 0));
  }

  @Test
  void aUnitTakesAtMostUnitCapResponsesAMinuteFromAllDevicesTogether() throws Exception {
    SurveyForm form = inRegion(BANYUMANIK, () -> survey.form(FLOODED_UNIT));
    TestClock.advance(FILLING_IN);
    flood(FLOODED_UNIT, form);
    Submission oneMore = new Submission(form.token(), "", null, answers(form, 3), "203.0.113.200");
    assertEquals(
        SubmitOutcome.UNIT_FLOOD, inRegion(BANYUMANIK, () -> survey.submit(FLOODED_UNIT, oneMore)));
    assertEquals(UNIT_CAP, index(FLOODED_UNIT).index().respondents());
  }

  @Test
  void aFloodedUnitsPageAsksEveryoneToTryAgainInAFewMinutesWith429() throws Exception {
    Form form = form(FLOODED_PAGE_UNIT);
    SurveyForm others = inRegion(BANYUMANIK, () -> survey.form(FLOODED_PAGE_UNIT));
    TestClock.advance(FILLING_IN);
    flood(FLOODED_PAGE_UNIT, others);
    Page flooded = post(FLOODED_PAGE_UNIT, answers(form, 4));
    assertEquals(429, flooded.statusCode(), flooded.body());
    assertTrue(flooded.body().contains("coba lagi beberapa menit lagi"), flooded.body());
  }

  // ---- helpers ----

  /** {@value #UNIT_CAP} citizens from different devices answer about the unit within a minute. */
  private void flood(String unitCode, SurveyForm form) throws Exception {
    for (int i = 0; i < UNIT_CAP; i++) {
      Submission citizen =
          new Submission(form.token(), "", null, answers(form, 3), "203.0.113." + (i + 1));
      assertEquals(
          SubmitOutcome.ACCEPTED, inRegion(BANYUMANIK, () -> survey.submit(unitCode, citizen)));
    }
  }

  private UnitIndex index(String unitCode) throws Exception {
    return asAdmin(BANYUMANIK, BANYUMANIK_ADMIN, () -> skm.units(Year.now().getValue())).stream()
        .filter(u -> u.unitCode().equals(unitCode))
        .findFirst()
        .orElseThrow();
  }

  private List<String> skmHashes(String unitCode) {
    return entityManager
        .get()
        .createQuery(
            "select r.clientHash from CitizenResponse r where r.unit.code = :code", String.class)
        .setParameter("code", unitCode)
        .getResultList();
  }

  private static Map<String, String> answers(SurveyForm form, int score) {
    Map<String, String> answers = new HashMap<>();
    for (SurveyForm.Source source : form.sources()) {
      for (FeedbackQuestion question : source.questions()) {
        String field = SurveyForm.field(source.sourceId(), question.id());
        answers.put(field, question.freeText() ? "Pelayanan cukup baik" : String.valueOf(score));
      }
    }
    return answers;
  }

  private <T> T inRegion(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }

  private <T> T asAdmin(String region, String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, region, nip, Set.of("employee", "admin"), work);
  }

  private <T> T asEmployee(String region, String nip, Work<T> work) throws Exception {
    return InRegion.asCaller(transaction, region, nip, Set.of("employee"), work);
  }

  /** The page's form as the client read it. */
  private record Form(String token, List<String> fields, List<String> employees) {
    String firstEmployee() {
      return employees.get(0);
    }
  }

  private Form form(String unit) throws Exception {
    String html = get(unit, "").body();
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(token.find(), html);
    List<String> fields =
        Pattern.compile("name=\"(citizen-feedback:[a-z]+)\"")
            .matcher(html)
            .results()
            .map(m -> m.group(1))
            .distinct()
            .toList();
    List<String> employees =
        Pattern.compile("<option value=\"(\\d+)\"")
            .matcher(html)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertNotNull(token.group(1));
    return new Form(token.group(1), fields, employees);
  }

  private static Map<String, String> answers(Form form, int score) {
    Map<String, String> answers = new HashMap<>();
    answers.put("token", form.token());
    answers.put("website", "");
    for (String field : form.fields()) {
      answers.put(field, field.endsWith(":saran") ? "Ruang tunggu panas" : String.valueOf(score));
    }
    return answers;
  }

  /** A page's answer: its status and body. */
  private record Page(int statusCode, String body) {}

  /**
   * Sends a request to a region's survey page from inside the container: to Payara's own port on
   * 127.0.0.1 with the region's host name (this JVM resolves no *.localhost name), as a browser
   * without a login would.
   */
  private Page send(String region, String path, String method, String form) throws IOException {
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + runner.getLocalPort()
                + runner.getContextPath()
                + "/survei/"
                + path);
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    try {
      connection.setInstanceFollowRedirects(false);
      connection.setRequestProperty("Host", region + ".localhost:" + runner.getLocalPort());
      connection.setRequestMethod(method);
      if (form != null) {
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.getOutputStream().write(form.getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      return new Page(
          status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      connection.disconnect();
    }
  }

  private Page get(String unit, String query) throws Exception {
    return send(BANYUMANIK, unit + query, "GET", null);
  }

  private Page post(String unit, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(BANYUMANIK, unit, "POST", body);
  }
}
