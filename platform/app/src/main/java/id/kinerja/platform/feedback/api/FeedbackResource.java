package id.kinerja.platform.feedback.api;

import id.kinerja.platform.feedback.service.AnswerInput;
import id.kinerja.platform.feedback.service.FeedbackResults;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.feedback.service.FeedbackSubject;
import id.kinerja.platform.feedback.service.SourceQuestions;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/feedback}: the colleagues the caller may give 360 feedback about in a period, the
 * questions, submitting answers (once per colleague and source), and an employee's results above
 * the anonymity threshold. Ids of another region answer 404.
 */
@Path("v1/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class FeedbackResource {

  @Inject FeedbackService feedback;

  /** The answers to one source's questions about a colleague. */
  public record Submission(List<AnswerInput> answers) {}

  @GET
  @Path("periods/{periodId: \\d+}/subjects")
  public List<FeedbackSubject> subjects(@PathParam("periodId") long periodId) {
    return feedback.subjects(periodId);
  }

  @GET
  @Path("periods/{periodId: \\d+}/subjects/{employeeId: \\d+}/questions")
  public List<SourceQuestions> questions(
      @PathParam("periodId") long periodId, @PathParam("employeeId") long employeeId) {
    return feedback.questions(periodId, employeeId);
  }

  @POST
  @Path("periods/{periodId: \\d+}/subjects/{employeeId: \\d+}/sources/{sourceId}")
  public Response submit(
      @PathParam("periodId") long periodId,
      @PathParam("employeeId") long employeeId,
      @PathParam("sourceId") String sourceId,
      Submission submission) {
    feedback.submit(
        periodId, employeeId, sourceId, submission == null ? null : submission.answers());
    return Response.noContent().build();
  }

  @GET
  @Path("periods/{periodId: \\d+}/results/{employeeId: \\d+}")
  public FeedbackResults results(
      @PathParam("periodId") long periodId, @PathParam("employeeId") long employeeId) {
    return feedback.results(employeeId, periodId);
  }
}
