package id.kinerja.platform.development.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/v1/development/recommendations asks the service as the authenticated caller. */
class DevelopmentResourceTest {

  private static final String NIP = "198503122010012003";

  private final List<String> calls = new ArrayList<>();

  private DevelopmentResource resource(boolean admin) {
    DevelopmentResource resource = new DevelopmentResource();
    resource.development =
        new DevelopmentService() {
          @Override
          public Recommendations recommendations(
              String viewerNip, boolean isAdmin, long employeeId, long periodId) {
            calls.add(viewerNip + " " + isAdmin + " " + employeeId + " " + periodId);
            return new Recommendations(employeeId, "x", periodId, false, List.of(), List.of());
          }
        };
    resource.security =
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return () -> NIP;
          }

          @Override
          public boolean isUserInRole(String role) {
            return admin && role.equals("admin");
          }

          @Override
          public boolean isSecure() {
            return true;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
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
