package id.kinerja.platform.document.api;

import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/documents}: official documents as PDF and results as CSV, with the same readers as
 * the portal's downloads ({@link DocumentDownloadServlet}); an id of another region answers 404.
 *
 * <ul>
 *   <li>{@code skp/{planId}.pdf}: the SKP of a plan version for its employee, their pejabat
 *       penilai, or the admin for the head of the tree;
 *   <li>{@code evaluation/{ratingId}.pdf}: the evaluation of a periodic rating for its employee
 *       (once published), its appraiser, the atasan and the admin;
 *   <li>{@code annual-evaluation/{nip}/{year}.pdf}: the yearly evaluation for the employee, their
 *       pejabat penilai and the admin;
 *   <li>{@code results/{periodId}/{unitId}.csv}: a unit's results for the admin, the unit's head
 *       and the head's supervisor; {@code results/{periodId}.csv}: the region's for the admin.
 * </ul>
 */
@Path("v1/documents")
@RequestScoped
@RolesAllowed(Roles.EMPLOYEE)
public class DocumentsResource {

  static final String PDF = "application/pdf";
  static final String CSV = "text/csv; charset=UTF-8";

  @Inject DocumentService documents;

  @GET
  @Path("skp/{id: \\d+}.pdf")
  @Produces(PDF)
  public Response skp(@PathParam("id") long planId) {
    return download(documents.skp(planId), PDF, DocumentService.skpFileName(planId));
  }

  @GET
  @Path("evaluation/{id: \\d+}.pdf")
  @Produces(PDF)
  public Response evaluation(@PathParam("id") long ratingId) {
    return download(
        documents.evaluation(ratingId), PDF, DocumentService.evaluationFileName(ratingId));
  }

  @GET
  @Path("annual-evaluation/{nip: \\d{18}}/{year: \\d{4}}.pdf")
  @Produces(PDF)
  public Response annualEvaluation(@PathParam("nip") String nip, @PathParam("year") int year) {
    return download(
        documents.annualEvaluation(nip, year), PDF, DocumentService.annualFileName(nip, year));
  }

  @GET
  @Path("results/{period: \\d+}.csv")
  @Produces(CSV)
  public Response regionResults(@PathParam("period") long periodId) {
    return download(
        documents.results(periodId, null), CSV, DocumentService.resultsFileName(periodId, null));
  }

  @GET
  @Path("results/{period: \\d+}/{unit: \\d+}.csv")
  @Produces(CSV)
  public Response unitResults(@PathParam("period") long periodId, @PathParam("unit") long unitId) {
    return download(
        documents.results(periodId, unitId),
        CSV,
        DocumentService.resultsFileName(periodId, unitId));
  }

  private static Response download(byte[] content, String type, String fileName) {
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
