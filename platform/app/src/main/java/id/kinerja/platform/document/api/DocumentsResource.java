package id.kinerja.platform.document.api;

import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/documents}: official documents as PDF. {@code skp/{planId}.pdf} is the SKP of a
 * plan version for its employee, their pejabat penilai, or the admin for the head of the tree; a
 * plan of another region answers 404.
 */
@Path("v1/documents")
@RequestScoped
@RolesAllowed(Roles.EMPLOYEE)
public class DocumentsResource {

  static final String PDF = "application/pdf";

  @Inject DocumentService documents;
  @Context SecurityContext security;

  @GET
  @Path("skp/{id: \\d+}.pdf")
  @Produces(PDF)
  public Response skp(@PathParam("id") long planId) {
    Actor actor =
        new Actor(security.getUserPrincipal().getName(), security.isUserInRole(Roles.ADMIN));
    return Response.ok(documents.skp(actor, planId), PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + DocumentService.skpFileName(planId) + "\"")
        .build();
  }
}
