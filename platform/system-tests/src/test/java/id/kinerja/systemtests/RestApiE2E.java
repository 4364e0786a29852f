package id.kinerja.systemtests;

import static id.kinerja.systemtests.RunningStack.portal;
import static id.kinerja.systemtests.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.systemtests.Api.Answer;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API with bearer tokens from each region's realm. */
@ExtendWith(RunningStack.class)
class RestApiE2E {

  @Test
  void meAnswersTheCallersEmployeeRecordAndAppraiser() {
    DemoAccounts accounts = RunningStack.region("kupang").demo().orElseThrow();
    Answer answer = Api.get(portal("kupang"), "/api/v1/me", token("kupang", "pegawai"));
    assertEquals(200, answer.status(), answer.text());
    assertEquals(accounts.employee(), answer.body().at("/employee/nip").asText());
    assertEquals(accounts.appraiser(), answer.body().at("/employee/appraiserNip").asText());
  }

  @Test
  void meListsTheAppraisersDirectReports() {
    DemoAccounts accounts = RunningStack.region("tanjungbalai").demo().orElseThrow();
    Answer answer = Api.get(portal("tanjungbalai"), "/api/v1/me", token("tanjungbalai", "penilai"));
    assertEquals(200, answer.status(), answer.text());
    assertTrue(
        answer.body().at("/directReports").findValuesAsText("nip").contains(accounts.employee()));
  }

  @Test
  void apiWithoutTokenAnswers401() {
    Answer answer = Api.get(portal("kupang"), "/api/v1/me", null);
    assertEquals(401, answer.status());
  }

  @Test
  void employeesListIsForAdminsOnly() {
    Answer answer = Api.get(portal("kupang"), "/api/v1/employees", token("kupang", "pegawai"));
    assertEquals(403, answer.status(), answer.text());
  }

  @Test
  void adminPagesThroughTheRegionsEmployees() {
    int total = RunningStack.demoEmployees("bungo").size();
    Answer answer =
        Api.get(portal("bungo"), "/api/v1/employees?offset=0&limit=10", token("bungo", "admin"));
    assertEquals(200, answer.status(), answer.text());
    assertEquals(total, answer.body().get("total").asInt());
    assertEquals(10, answer.body().get("items").size());
  }

  @Test
  void anotherRegionsTokenIsRefused() {
    Answer answer = Api.get(portal("tanjungbalai"), "/api/v1/me", token("kupang", "pegawai"));
    assertEquals(401, answer.status(), answer.text());
  }

  @Test
  void anotherRegionsEmployeeIdIsNotFound() {
    DemoEmployee kupangEmployee = RunningStack.demoEmployees("kupang").get(0);
    Answer own =
        Api.get(
            portal("kupang"),
            "/api/v1/employees/" + kupangEmployee.nip(),
            token("kupang", "admin"));
    assertEquals(200, own.status(), own.text());
    Answer crafted =
        Api.get(
            portal("tanjungbalai"),
            "/api/v1/employees/" + kupangEmployee.nip(),
            token("tanjungbalai", "admin"));
    assertEquals(404, crafted.status(), crafted.text());
  }

  @Test
  void unknownHostAnswers404() {
    int port = URI.create(portal("kupang")).getPort();
    Answer answer = Api.get("http://atlantis.localhost:" + port + "/", "/api/v1/me", null);
    assertEquals(404, answer.status());
  }

  @Test
  void readinessIsUpWhenTheDatabaseAnswers() {
    int port = URI.create(portal("kupang")).getPort();
    Answer answer = Api.get("http://127.0.0.1:" + port + "/", "/health/ready", null);
    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.text().contains("database"), answer.text());
  }

  @Test
  void anotherRegionsEmployeeCannotBeReassigned() {
    DemoAccounts kupang = RunningStack.region("kupang").demo().orElseThrow();
    Answer crafted =
        Api.put(
            portal("tanjungbalai"),
            "/api/v1/employees/" + kupang.employee() + "/supervisor",
            token("tanjungbalai", "admin"),
            "{\"supervisorNip\":\"" + kupang.appraiser() + "\",\"version\":0}");
    assertEquals(404, crafted.status(), crafted.text());
    Answer stillThere =
        Api.get(
            portal("kupang"), "/api/v1/employees/" + kupang.employee(), token("kupang", "admin"));
    assertEquals(kupang.appraiser(), stillThere.body().get("appraiserNip").asText());
  }

  @Test
  void importProblemsListIsForAdminsOnly() {
    Answer admin =
        Api.get(portal("lampung"), "/api/v1/organization/problems", token("lampung", "admin"));
    assertEquals(200, admin.status(), admin.text());
    Answer employee =
        Api.get(portal("lampung"), "/api/v1/organization/problems", token("lampung", "pegawai"));
    assertEquals(403, employee.status(), employee.text());
  }
}
