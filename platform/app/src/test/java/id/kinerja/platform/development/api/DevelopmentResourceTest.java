package id.kinerja.platform.development.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/development/recommendations asks the service, which reads the authenticated caller
 * from the request's actor.
 */
class DevelopmentResourceTest {

  private static final String NIP = "198503122010012003";

  private final List<String> calls = new ArrayList<>();

  private DevelopmentResource resource(boolean admin) {
    Actor actor =
        Actor.of(
            "kupang",
            new Caller(
                "kupang", "", NIP, NIP, admin ? Set.of("employee", "admin") : Set.of("employee")));
    DevelopmentResource resource = new DevelopmentResource();
    resource.development =
        new DevelopmentService() {
          @Override
          public Recommendations recommendations(long employeeId, long periodId) {
            calls.add(actor.nip() + " " + actor.isAdmin() + " " + employeeId + " " + periodId);
            return new Recommendations(employeeId, "x", periodId, false, List.of(), List.of());
          }
        };
    return resource;
  }

  @Test
  void theCallerAndWhetherTheyAreAdminAreWhatTheServiceChecks() {
    resource(true).recommendations(12L, 34L);
    resource(false).recommendations(12L, 34L);
    assertEquals(List.of(NIP + " true 12 34", NIP + " false 12 34"), calls);
  }
}
