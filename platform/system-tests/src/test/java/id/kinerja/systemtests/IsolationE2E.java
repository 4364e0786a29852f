package id.kinerja.systemtests;

import static id.kinerja.systemtests.RunningStack.portal;
import static id.kinerja.systemtests.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.systemtests.Api.Answer;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cycle's REST resources (ratings, realisations, calibration, dialogues, notifications) keep
 * regions apart: another region's token is refused on Kupang's host (401), and Kupang's ids asked
 * on another region's host with that region's token are not found (404).
 */
@ExtendWith(RunningStack.class)
class IsolationE2E {

  private static final String REGION = "kupang";
  private static final String OTHER = "tanjungbalai";
  private static final int YEAR = 2036;

  private static DemoAccounts accounts;
  private static long periodId;
  private static long realisationId;
  private static long ratingId;
  private static long dialogueId;
  private static long noticeId;

  /** One employee of Kupang with a plan, a realisation, a published rating and a dialogue. */
  @BeforeAll
  static void kupangRecords() {
    accounts = RunningStack.region(REGION).demo().orElseThrow();
    periodId = CycleSetup.openYear(REGION, YEAR).get(1).get("id").asLong();
    CycleSetup.approvedChainAbove(REGION, accounts.employee(), YEAR);
    JsonNode plan =
        CycleSetup.approvedPlan(
            REGION, accounts.employee(), "penilai", YEAR, "Layanan administrasi");

    Answer realisation =
        Api.post(
            portal(REGION),
            "/api/v1/realisations",
            token(REGION, "pegawai"),
            ("{\"indicatorId\":%d,\"periodId\":%d,\"version\":null,"
                    + "\"achieved\":\"1\",\"description\":\"Selesai\"}")
                .formatted(plan.at("/results/0/indicators/0/id").asLong(), periodId));
    assertEquals(200, realisation.status(), realisation.text());
    realisationId = realisation.body().get("id").asLong();

    String appraiser = token(REGION, "penilai");
    Answer team =
        Api.get(portal(REGION), "/api/v1/ratings/periods/" + periodId + "/team", appraiser);
    assertEquals(200, team.status(), team.text());
    long employeeId =
        StreamSupport.stream(team.body().spliterator(), false)
            .filter(m -> m.get("nip").asText().equals(accounts.employee()))
            .findFirst()
            .orElseThrow()
            .get("employeeId")
            .asLong();
    Answer rated =
        Api.put(
            portal(REGION),
            "/api/v1/ratings/periods/" + periodId + "/employees/" + employeeId,
            appraiser,
            "{\"version\":null,\"resultRating\":\"AS_EXPECTED\","
                + "\"behaviourRating\":\"AS_EXPECTED\",\"coreValueNotes\":{}}");
    assertEquals(200, rated.status(), rated.text());
    ratingId = rated.body().get("id").asLong();
    Answer published =
        Api.post(
            portal(REGION),
            "/api/v1/ratings/" + ratingId + "/publish",
            appraiser,
            "{\"version\":" + rated.body().get("version").asLong() + "}");
    assertEquals(200, published.status(), published.text());

    Answer dialogue =
        Api.post(
            portal(REGION),
            "/api/v1/dialogues",
            appraiser,
            ("{\"employeeNip\":\"%s\",\"periodId\":%d,\"meetingDate\":\"%d-01-30\","
                    + "\"achievements\":\"Target tercapai\",\"obstacles\":\"-\","
                    + "\"developmentPlan\":[]}")
                .formatted(accounts.employee(), periodId, YEAR));
    assertEquals(200, dialogue.status(), dialogue.text());
    dialogueId = dialogue.body().get("id").asLong();

    Answer notices = Api.get(portal(REGION), "/api/v1/notifications", token(REGION, "pegawai"));
    assertEquals(200, notices.status(), notices.text());
    noticeId = notices.body().at("/notices/0/id").asLong();
  }

  @Test
  void ratingsRefuseAnotherRegionsTokenAndHideTheirIds() {
    String path = "/api/v1/ratings/" + ratingId;
    assertStatus(200, Api.get(portal(REGION), path, token(REGION, "pegawai")));
    assertStatus(401, Api.get(portal(REGION), path, token(OTHER, "pegawai")));
    assertStatus(404, Api.get(portal(OTHER), path, token(OTHER, "pegawai")));
    assertStatus(404, Api.get(portal(OTHER), path, token(OTHER, "admin")));
  }

  @Test
  void realisationsRefuseAnotherRegionsTokenAndHideTheirIds() {
    String mine = "/api/v1/realisations/mine/" + periodId;
    assertStatus(200, Api.get(portal(REGION), mine, token(REGION, "pegawai")));
    assertStatus(401, Api.get(portal(REGION), mine, token(OTHER, "pegawai")));
    assertStatus(404, Api.get(portal(OTHER), mine, token(OTHER, "pegawai")));
    assertStatus(
        404,
        Api.post(
            portal(OTHER),
            "/api/v1/realisations/" + realisationId + "/feedback",
            token(OTHER, "penilai"),
            "{\"text\":\"Dari daerah lain\"}"));
  }

  @Test
  void calibrationRefusesAnotherRegionsTokenAndHidesTheirPeriods() {
    String path = "/api/v1/calibration/periods/" + periodId + "/units";
    assertStatus(200, Api.get(portal(REGION), path, token(REGION, "admin")));
    assertStatus(401, Api.get(portal(REGION), path, token(OTHER, "admin")));
    assertStatus(404, Api.get(portal(OTHER), path, token(OTHER, "admin")));
  }

  @Test
  void dialoguesRefuseAnotherRegionsTokenAndHideTheirIds() {
    String path = "/api/v1/dialogues/" + dialogueId;
    assertStatus(200, Api.get(portal(REGION), path, token(REGION, "penilai")));
    assertStatus(401, Api.get(portal(REGION), path, token(OTHER, "penilai")));
    assertStatus(404, Api.get(portal(OTHER), path, token(OTHER, "penilai")));
  }

  @Test
  void notificationsRefuseAnotherRegionsTokenAndHideTheirIds() {
    assertStatus(401, Api.get(portal(REGION), "/api/v1/notifications", token(OTHER, "pegawai")));
    assertStatus(
        404,
        Api.post(
            portal(OTHER),
            "/api/v1/notifications/" + noticeId + "/read",
            token(OTHER, "pegawai"),
            "{}"));
    assertStatus(
        200,
        Api.post(
            portal(REGION),
            "/api/v1/notifications/" + noticeId + "/read",
            token(REGION, "pegawai"),
            "{}"));
  }

  private static void assertStatus(int expected, Answer answer) {
    assertEquals(expected, answer.status(), answer.text());
  }
}
