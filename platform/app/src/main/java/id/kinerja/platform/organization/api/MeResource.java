package id.kinerja.platform.organization.api;

import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.security.service.Roles;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/me}: the caller's employee record, appraiser and direct reports. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject EmployeeDirectory directory;
  @Inject Actor actor;

  /**
   * The caller's profile.
   *
   * @param employee the caller
   * @param directReports the employees the caller appraises directly
   * @param roles the caller's roles in the region
   */
  public record Me(
      EmployeeSummary employee, List<EmployeeSummary> directReports, List<String> roles) {}

  @GET
  @RolesAllowed("employee")
  public Me me() {
    String nip = actor.nip();
    EmployeeSummary employee = directory.byNip(nip).orElseThrow(RuleViolation::notFound);
    List<String> roles =
        List.of(Roles.EMPLOYEE, Roles.ADMIN, Roles.AUDITOR).stream()
            .filter(actor::hasRole)
            .toList();
    return new Me(employee, directory.directReports(nip), roles);
  }
}
