package id.kinerja.platform.organization.api;

import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/employees}: the region's employees, for the pengelola kinerja. */
@Path("v1/employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class EmployeesResource {

  @Inject EmployeeDirectory directory;

  /**
   * One page of employees.
   *
   * @param total how many employees match in all
   * @param offset where the page starts
   * @param items the page
   */
  public record Page(long total, int offset, List<EmployeeSummary> items) {}

  @GET
  public Page search(
      @QueryParam("q") String query,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return new Page(
        directory.count(query), Math.max(0, offset), directory.search(query, offset, limit));
  }

  @GET
  @Path("{nip}")
  public EmployeeSummary byNip(@PathParam("nip") String nip) {
    return directory.byNip(nip).orElseThrow(NotFoundException::new);
  }

  /** The body of a supervisor change: the new supervisor's NIP (blank for none) and the version. */
  public static class SupervisorChange {
    /** The new pejabat penilai's NIP, or blank for none. */
    public String supervisorNip;

    /** The employee's version the caller last saw. */
    public Long version;
  }

  /** Sets or clears the employee's pejabat penilai. */
  @PUT
  @Path("{nip}/supervisor")
  @Consumes(MediaType.APPLICATION_JSON)
  public EmployeeSummary changeSupervisor(@PathParam("nip") String nip, SupervisorChange change) {
    if (change == null || change.version == null) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Isi supervisorNip dan version.",
          "Give supervisorNip and version.");
    }
    return directory.changeSupervisor(nip, change.supervisorNip, change.version);
  }
}
