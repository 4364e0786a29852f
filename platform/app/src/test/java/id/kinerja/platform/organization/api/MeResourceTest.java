package id.kinerja.platform.organization.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.PositionKind;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import id.kinerja.platform.shared.domain.RuleViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/me} answers for the acting person, without a server. */
class MeResourceTest {

  private static final String HEAD = "197001012000011001";
  private static final String STAFF = "199001012015011001";

  private static EmployeeSummary summary(String nip, String appraiser) {
    return new EmployeeSummary(
        1,
        nip,
        "E" + nip,
        "Analis",
        PositionKind.PELAKSANA,
        EmploymentType.PNS,
        "Bagian Umum",
        appraiser,
        null,
        0);
  }

  private static MeResource resourceFor(String nip, Set<String> roles) {
    MeResource resource = new MeResource();
    resource.actor = Actor.of("kupang", new Caller("kupang", "sub", nip, nip, roles));
    resource.directory =
        new EmployeeDirectory() {
          @Override
          public Optional<EmployeeSummary> byNip(String wanted) {
            return List.of(summary(HEAD, null), summary(STAFF, HEAD)).stream()
                .filter(e -> e.nip().equals(wanted))
                .findFirst();
          }

          @Override
          public List<EmployeeSummary> directReports(String appraiser) {
            return HEAD.equals(appraiser) ? List.of(summary(STAFF, HEAD)) : List.of();
          }
        };
    return resource;
  }

  @Test
  void theActingEmployeeSeesTheirRecordTheirReportsAndTheirRoles() {
    MeResource.Me me = resourceFor(HEAD, Set.of("auditor", "employee")).me();

    assertEquals(HEAD, me.employee().nip());
    assertEquals(List.of(STAFF), me.directReports().stream().map(EmployeeSummary::nip).toList());
    assertEquals(List.of("employee", "auditor"), me.roles());
  }

  @Test
  void aLoginWithoutEmployeeRecordIsNotFound() {
    MeResource resource = resourceFor("198512312010011001", Set.of("employee"));

    RuleViolation refused = assertThrows(RuleViolation.class, resource::me);
    assertEquals(RuleViolation.Kind.NOT_FOUND, refused.kind());
  }
}
