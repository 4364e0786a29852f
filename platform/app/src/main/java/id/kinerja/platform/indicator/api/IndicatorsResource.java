package id.kinerja.platform.indicator.api;

import id.kinerja.platform.indicator.service.IndicatorResult;
import id.kinerja.platform.indicator.service.IndicatorResults;
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
import java.util.List;

/**
 * {@code /api/v1/indicators}: the realisations the region's indicator plugins compute for an
 * employee and period, for the employee, the appraiser, the appraiser's supervisor and the admin.
 */
@Path("v1/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class IndicatorsResource {

  @Inject IndicatorResults results;

  /** The plugin indicators of {@code employeeId} for {@code periodId}. */
  @GET
  @Path("results")
  public List<IndicatorResult> results(
      @QueryParam("employeeId") Long employeeId, @QueryParam("periodId") Long periodId) {
    if (employeeId == null || periodId == null) {
      throw new BadRequestException();
    }
    return results.forEmployee(employeeId, periodId);
  }
}
