package id.kinerja.platform.calibration.api;

import id.kinerja.platform.calibration.service.CalibrationService;
import id.kinerja.platform.calibration.service.OutlierView;
import id.kinerja.platform.calibration.service.UnitCalibration;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/calibration}: a period's unit curves for the admin, a head and the head's
 * supervisor; justifications of breaches; outlier appraisers for the admin. Another region's period
 * answers 404.
 */
@Path("v1/calibration/periods/{periodId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class CalibrationResource {

  @Inject CalibrationService calibration;

  /** A justification with the version the caller last saw ({@code null} for a new one). */
  public record JustificationChange(Long version, String text) {}

  @GET
  @Path("units")
  public List<UnitCalibration> units(@PathParam("periodId") long periodId) {
    return calibration.units(periodId);
  }

  @PUT
  @Path("units/{unitId: \\d+}/justification")
  public UnitCalibration justify(
      @PathParam("periodId") long periodId,
      @PathParam("unitId") long unitId,
      JustificationChange change) {
    if (change == null) {
      throw new BadRequestException();
    }
    return calibration.justify(periodId, unitId, change.version(), change.text());
  }

  @GET
  @Path("outliers")
  public List<OutlierView> outliers(@PathParam("periodId") long periodId) {
    return calibration.outliers(periodId);
  }
}
