package id.kinerja.systemtests;

import static id.kinerja.systemtests.RunningStack.portal;
import static id.kinerja.systemtests.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.systemtests.Api.Answer;
import id.kinerja.tenantconfig.DemoEmployee;
import java.util.ArrayList;
import java.util.List;

/**
 * Setup steps of a performance cycle done through the REST API: opening a year and the approved
 * plans of an employee's supervisor chain, which the employee's own RHK must support.
 */
final class CycleSetup {

  private CycleSetup() {}

  /**
   * The Keycloak username of an employee: the demo accounts log in as {@code admin}, {@code
   * penilai} and {@code pegawai}, every other demo employee by NIP.
   */
  static String username(String region, String nip) {
    var demo = RunningStack.region(region).demo().orElseThrow();
    if (nip.equals(demo.admin())) {
      return "admin";
    }
    if (nip.equals(demo.appraiser())) {
      return "penilai";
    }
    return nip.equals(demo.employee()) ? "pegawai" : nip;
  }

  /** An access token of the employee with this NIP. */
  static String tokenOf(String region, String nip) {
    return token(region, username(region, nip));
  }

  /** Opens the year in the region as its admin; returns its periods, the year first. */
  static JsonNode openYear(String region, int year) {
    Answer opened = Api.post(portal(region), "/api/v1/periods/" + year, token(region, "admin"));
    assertEquals(200, opened.status(), opened.text());
    return opened.body();
  }

  /** The supervisors above the employee, the direct one first and the head of the tree last. */
  static List<DemoEmployee> chainAbove(String region, String nip) {
    List<DemoEmployee> chain = new ArrayList<>();
    DemoEmployee current = RunningStack.employee(region, nip);
    while (current.supervisorNip().isPresent()) {
      current = RunningStack.employee(region, current.supervisorNip().get());
      chain.add(current);
    }
    return chain;
  }

  /**
   * Gives every supervisor above the employee an approved plan of the year, from the head of the
   * tree (approved by the admin) down to the direct supervisor, each RHK supporting the one above.
   *
   * @return the direct supervisor's approved plan
   */
  static JsonNode approvedChainAbove(String region, String nip, int year) {
    List<DemoEmployee> chain = chainAbove(region, nip);
    JsonNode plan = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      DemoEmployee person = chain.get(i);
      String approver = i == chain.size() - 1 ? "admin" : username(region, chain.get(i + 1).nip());
      plan = approvedPlan(region, person.nip(), approver, year, "Kinerja " + person.position());
    }
    return plan;
  }

  /**
   * Drafts, submits and approves (as the user {@code approver}) a plan with one main RHK
   * (supporting the supervisor's first RHK, if any) and one IKI with a target for the first three
   * periods.
   */
  static JsonNode approvedPlan(
      String region, String nip, String approver, int year, String resultText) {
    JsonNode plan = submittedPlan(region, nip, year, resultText);
    Answer approved =
        Api.post(
            portal(region),
            "/api/v1/plans/" + plan.get("id").asLong() + "/approve",
            token(region, approver),
            "{\"version\":" + plan.get("version").asLong() + "}");
    assertEquals(200, approved.status(), approved.text());
    return approved.body();
  }

  /** Drafts and submits a plan as {@link #approvedPlan} does, without approving it. */
  static JsonNode submittedPlan(String region, String nip, int year, String resultText) {
    String token = tokenOf(region, nip);
    Answer mine = Api.get(portal(region), "/api/v1/plans/mine/" + year, token);
    assertEquals(200, mine.status(), mine.text());
    JsonNode plan = mine.body();
    long id = plan.get("id").asLong();
    Answer supportable =
        Api.get(portal(region), "/api/v1/plans/mine/" + year + "/supportable", token);
    assertEquals(200, supportable.status(), supportable.text());
    String supports =
        supportable.body().isEmpty() ? "null" : supportable.body().get(0).get("id").asText();
    Answer withResult =
        Api.post(
            portal(region),
            "/api/v1/plans/" + id + "/results",
            token,
            "{\"version\":%d,\"kind\":\"UTAMA\",\"text\":\"%s\",\"supportsId\":%s}"
                .formatted(plan.get("version").asLong(), resultText, supports));
    assertEquals(200, withResult.status(), withResult.text());
    plan = withResult.body();
    Answer withIndicator =
        Api.post(
            portal(region),
            "/api/v1/plans/" + id + "/results/" + plan.at("/results/0/id").asLong() + "/indicators",
            token,
            ("{\"version\":%d,\"text\":\"Jumlah laporan\",\"aspect\":\"KUANTITAS\","
                    + "\"unit\":\"laporan\",\"targets\":{\"1\":\"1\",\"2\":\"1\",\"3\":\"1\"}}")
                .formatted(plan.get("version").asLong()));
    assertEquals(200, withIndicator.status(), withIndicator.text());
    plan = withIndicator.body();
    Answer submitted =
        Api.post(
            portal(region),
            "/api/v1/plans/" + id + "/submit",
            token,
            "{\"version\":" + plan.get("version").asLong() + "}");
    assertEquals(200, submitted.status(), submitted.text());
    return submitted.body();
  }
}
