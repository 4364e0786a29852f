package id.kinerja.platform.period.api;

import id.kinerja.platform.period.domain.PeriodState;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.service.PeriodView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/periods}: the region's performance years and periods. */
@Path("v1/periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeriodsResource {

  @Inject PeriodService periods;

  /**
   * A requested change of a period's state.
   *
   * @param state the new state
   * @param version the version the caller last saw
   */
  public record StateChange(PeriodState state, long version) {}

  @GET
  @RolesAllowed("employee")
  public List<Integer> years() {
    return periods.years();
  }

  @GET
  @Path("{year: \\d{4}}")
  @RolesAllowed("employee")
  public List<PeriodView> periods(@PathParam("year") int year) {
    return periods.periods(year);
  }

  @POST
  @Path("{year: \\d{4}}")
  @RolesAllowed("admin")
  public List<PeriodView> openYear(@PathParam("year") int year) {
    return periods.openYear(year);
  }

  @PUT
  @Path("{year: \\d{4}}/{id: \\d+}/state")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  public PeriodView setState(@PathParam("id") long id, StateChange change) {
    if (change == null || change.state() == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    return periods.setState(id, change.version(), change.state());
  }
}
