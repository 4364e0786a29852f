package id.kinerja.platform.survey.api;

import id.kinerja.platform.security.service.Roles;
import id.kinerja.platform.survey.service.SkmService;
import id.kinerja.platform.survey.service.UnitIndex;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.util.List;

/**
 * {@code /api/v1/survey/units?year=}: every unit's citizen-satisfaction index (IKM, mutu,
 * respondents, NRR per element) and public page for the region's admin; the current year unless
 * given.
 */
@Path("v1/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SurveyResource {

  @Inject SkmService skm;

  @GET
  @Path("units")
  public List<UnitIndex> units(@QueryParam("year") Integer year) {
    return skm.units(year == null ? Year.now().getValue() : year);
  }
}
