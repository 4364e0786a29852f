package id.kinerja.platform.development.api;

import id.kinerja.platform.development.service.DevelopmentService;
import id.kinerja.platform.development.service.Recommendations;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/development}: the training recommendations of an employee's period, for the
 * employee, their appraiser, the appraiser's supervisor and the admin. Another region's ids answer
 * 404.
 */
@Path("v1/development")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class DevelopmentResource {

  @Inject DevelopmentService development;

  @GET
  @Path("recommendations")
  public Recommendations recommendations(
      @QueryParam("employeeId") Long employeeId, @QueryParam("periodId") Long periodId) {
    if (employeeId == null || periodId == null) {
      throw new BadRequestException();
    }
    return development.recommendations(employeeId, periodId);
  }
}
