package id.kinerja.platform.evaluation.api;

import id.kinerja.platform.evaluation.domain.Rating;
import id.kinerja.platform.evaluation.service.AnnualEvaluationService;
import id.kinerja.platform.evaluation.service.AnnualView;
import id.kinerja.platform.evaluation.service.AppraisalService;
import id.kinerja.platform.evaluation.service.ObjectionDecisionService;
import id.kinerja.platform.evaluation.service.ObjectionService;
import id.kinerja.platform.evaluation.service.RatingInput;
import id.kinerja.platform.evaluation.service.RatingService;
import id.kinerja.platform.evaluation.service.RatingView;
import id.kinerja.platform.evaluation.service.TeamMember;
import id.kinerja.platform.security.service.Roles;
import id.kinerja.platform.shared.domain.CoreValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/ratings}: for the pejabat penilai the team of a period, rating and publishing; for
 * the employee their published ratings (never drafts) and objections; for the atasan pejabat
 * penilai the objections to decide and the decision; the yearly evaluation with credit points for
 * the employee, their appraiser and the admin. Another region's ids answer 404.
 */
@Path("v1/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class RatingsResource {

  @Inject RatingService ratings;
  @Inject AppraisalService appraisals;
  @Inject ObjectionService objections;
  @Inject ObjectionDecisionService decisions;
  @Inject AnnualEvaluationService annuals;

  /** A rating to give or change: {@code version} is null to create it, else the draft's version. */
  public record RatingChange(
      Long version,
      Rating resultRating,
      Rating behaviourRating,
      Map<CoreValue, String> coreValueNotes,
      String note) {}

  /** A step on a rating or objection with the version the caller last saw. */
  public record Step(long version) {}

  /** An objection with its reason and the rating's version the caller last saw. */
  public record Objection(long version, String reason) {}

  /**
   * A decision on an objection: {@code granted} with the new ratings, or rejected; always with a
   * reason and the objection's version the caller last saw.
   */
  public record Decision(
      long version, boolean granted, Rating resultRating, Rating behaviourRating, String reason) {}

  @GET
  @Path("periods/{periodId: \\d+}/team")
  public List<TeamMember> team(@PathParam("periodId") long periodId) {
    return appraisals.team(periodId);
  }

  @PUT
  @Path("periods/{periodId: \\d+}/employees/{employeeId: \\d+}")
  public RatingView rate(
      @PathParam("periodId") long periodId,
      @PathParam("employeeId") long employeeId,
      RatingChange change) {
    require(change);
    return appraisals.rate(
        periodId,
        employeeId,
        change.version(),
        new RatingInput(
            change.resultRating(),
            change.behaviourRating(),
            change.coreValueNotes(),
            change.note()));
  }

  @POST
  @Path("periods/{periodId: \\d+}/publish")
  public List<RatingView> publishAll(@PathParam("periodId") long periodId) {
    return appraisals.publishAll(periodId);
  }

  @POST
  @Path("{id: \\d+}/publish")
  public RatingView publish(@PathParam("id") long id, Step step) {
    require(step);
    return appraisals.publish(id, step.version());
  }

  @GET
  @Path("mine/{year: \\d{4}}")
  public List<RatingView> mine(@PathParam("year") int year) {
    return ratings.myRatings(year);
  }

  @GET
  @Path("{id: \\d+}")
  public RatingView rating(@PathParam("id") long id) {
    return ratings.rating(id);
  }

  @POST
  @Path("{id: \\d+}/objection")
  public RatingView object(@PathParam("id") long id, Objection objection) {
    require(objection);
    return objections.object(id, objection.version(), objection.reason());
  }

  @GET
  @Path("objections/to-decide")
  public List<RatingView> objectionsToDecide() {
    return decisions.objectionsToDecide();
  }

  @POST
  @Path("objections/{objectionId: \\d+}/decision")
  public RatingView decide(@PathParam("objectionId") long objectionId, Decision decision) {
    require(decision);
    RatingInput granted =
        decision.granted()
            ? new RatingInput(decision.resultRating(), decision.behaviourRating(), null, null)
            : null;
    return decisions.decide(objectionId, decision.version(), granted, decision.reason());
  }

  @GET
  @Path("annual/{nip: \\d{18}}/{year: \\d{4}}")
  public AnnualView annual(@PathParam("nip") String employeeNip, @PathParam("year") int year) {
    return annuals.annual(employeeNip, year);
  }

  private static void require(Object body) {
    if (body == null) {
      throw new BadRequestException();
    }
  }
}
