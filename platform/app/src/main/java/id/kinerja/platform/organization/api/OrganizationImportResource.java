package id.kinerja.platform.organization.api;

import id.kinerja.platform.organization.domain.OrganizationCsv;
import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.organization.service.ImportReport;
import id.kinerja.platform.organization.service.OrganizationImport;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** {@code /api/v1/organization}: the import of units and employees, and the data problems. */
@Path("v1/organization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class OrganizationImportResource {

  @Inject OrganizationImport organizationImport;
  @Inject EmployeeDirectory directory;

  /** Imports a CSV file (the request body) into the caller's region. */
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportReport importCsv(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(OrganizationCsv.MAX_BYTES + 1);
    if (bytes.length > OrganizationCsv.MAX_BYTES) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          "Berkas terlalu besar. Batasnya "
              + OrganizationCsv.MAX_MEGABYTES
              + " MB; bagi data menjadi beberapa berkas.",
          "The file is too large. The limit is "
              + OrganizationCsv.MAX_MEGABYTES
              + " MB; split the data into several files.");
    }
    return organizationImport.importCsv(bytes);
  }

  /** The employees without a supervisor, except the region's top official. */
  @GET
  @Path("problems")
  public List<EmployeeSummary> problems() {
    return directory.problems();
  }
}
