package id.kinerja.platform.shell.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The REST API under {@code /api}; {@code @RolesAllowed} on resources is enforced. */
@ApplicationPath("/api")
@DeclareRoles({"employee", "admin", "auditor"})
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
