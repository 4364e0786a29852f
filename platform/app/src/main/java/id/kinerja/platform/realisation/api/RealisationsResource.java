package id.kinerja.platform.realisation.api;

import id.kinerja.platform.realisation.service.EvidenceDownload;
import id.kinerja.platform.realisation.service.RealisationService;
import id.kinerja.platform.realisation.service.RealisationSheet;
import id.kinerja.platform.realisation.service.RealisationSheet.RealisationView;
import id.kinerja.platform.realisation.service.TeamMember;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/v1/realisations}: the caller's realisations per period, recording them, evidence (a
 * file as the raw request body with its name in the {@code X-File-Name} header, or a link),
 * downloads, and for the pejabat penilai the team, a report's realisations and feedback. Ids of
 * another region answer 404.
 */
@Path("v1/realisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class RealisationsResource {

  @Inject RealisationService realisations;

  /**
   * A realisation to record: the IKI, the period, the version last seen (null for a new one), the
   * achieved value and a description.
   */
  public record RealisationInput(
      long indicatorId, long periodId, Long version, String achieved, String description) {}

  /** A link as evidence. */
  public record Link(String url) {}

  /** An entry of feedback. */
  public record FeedbackText(String text) {}

  @GET
  @Path("mine/{periodId: \\d+}")
  public RealisationSheet mine(@PathParam("periodId") long periodId) {
    return realisations.mine(periodId);
  }

  @GET
  @Path("team")
  public List<TeamMember> team() {
    return realisations.team();
  }

  @GET
  @Path("employees/{employeeId: \\d+}/{periodId: \\d+}")
  public RealisationSheet ofEmployee(
      @PathParam("employeeId") long employeeId, @PathParam("periodId") long periodId) {
    return realisations.forEmployeePeriod(employeeId, periodId);
  }

  @POST
  public RealisationView record(RealisationInput body) {
    require(body);
    return realisations.record(
        body.indicatorId(), body.periodId(), body.version(), body.achieved(), body.description());
  }

  /** The file is the raw body (any content type: the type is detected from the content). */
  @POST
  @Path("{id: \\d+}/evidence/file")
  @Consumes(MediaType.WILDCARD)
  public RealisationView addFile(
      @PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body)
      throws IOException {
    byte[] content = readAtMost(body, realisations.maxEvidenceBytes());
    String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
    return realisations.addFile(id, name, content);
  }

  @POST
  @Path("{id: \\d+}/evidence/link")
  public RealisationView addLink(@PathParam("id") long id, Link body) {
    require(body);
    return realisations.addLink(id, body.url());
  }

  @DELETE
  @Path("evidence/{evidenceId: \\d+}")
  public RealisationView removeEvidence(@PathParam("evidenceId") long evidenceId) {
    return realisations.removeEvidence(evidenceId);
  }

  /** The file as an attachment with its detected type, never sniffed or rendered in place. */
  @GET
  @Path("evidence/{evidenceId: \\d+}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("evidenceId") long evidenceId) {
    EvidenceDownload file = realisations.download(evidenceId);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", contentDisposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("{id: \\d+}/feedback")
  public RealisationView feedback(@PathParam("id") long id, FeedbackText body) {
    require(body);
    return realisations.giveFeedback(id, body.text());
  }

  /** An attachment header with an ASCII fallback name and the UTF-8 name (RFC 6266). */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * The body up to one byte more than the limit, so that a huge upload is never buffered whole; the
   * service refuses anything over the limit.
   */
  private static byte[] readAtMost(InputStream body, long maxBytes) throws IOException {
    return body == null
        ? new byte[0]
        : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
  }

  private static void require(Object body) {
    if (body == null) {
      throw new BadRequestException();
    }
  }
}
