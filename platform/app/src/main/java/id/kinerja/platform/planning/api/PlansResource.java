package id.kinerja.platform.planning.api;

import id.kinerja.platform.planning.domain.Aspect;
import id.kinerja.platform.planning.domain.ResultKind;
import id.kinerja.platform.planning.service.CascadeNode;
import id.kinerja.platform.planning.service.IndicatorInput;
import id.kinerja.platform.planning.service.PlanDrafting;
import id.kinerja.platform.planning.service.PlanReading;
import id.kinerja.platform.planning.service.PlanReview;
import id.kinerja.platform.planning.service.PlanSummary;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.planning.service.ResultInput;
import id.kinerja.platform.security.service.Roles;
import id.kinerja.platform.shared.domain.CoreValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/plans}: the caller's SKP, its RHK and IKI, submission and revision; for the
 * pejabat penilai the plans to review, approval and return; the region's cascade tree. A plan of
 * another region answers 404.
 */
@Path("v1/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class PlansResource {

  @Inject PlanDrafting plans;
  @Inject PlanReview review;
  @Inject PlanReading reading;

  /** An RHK with the plan version the caller last saw. */
  public record ResultChange(long version, ResultKind kind, String text, Long supportsId) {}

  /** An IKI with the plan version the caller last saw. */
  public record IndicatorChange(
      long version, String text, Aspect aspect, String unit, Map<Integer, String> targets) {}

  /** A workflow step with the plan version the caller last saw. */
  public record Step(long version) {}

  /** A return with its reason. */
  public record Return(long version, String reason) {}

  /** A special expectation's text (blank removes it). */
  public record ExpectationChange(long version, String text) {}

  @GET
  @Path("mine/{year: \\d{4}}")
  public PlanView myPlan(@PathParam("year") int year) {
    return plans.myPlan(year);
  }

  @GET
  @Path("mine/{year: \\d{4}}/supportable")
  public List<PlanView.ResultView> supportable(@PathParam("year") int year) {
    return reading.supportableResults(year);
  }

  @GET
  @Path("to-review")
  public List<PlanSummary> toReview() {
    return review.plansToReview();
  }

  @GET
  @Path("cascade/{year: \\d{4}}")
  public List<CascadeNode> cascade(@PathParam("year") int year) {
    return reading.cascadeTree(year);
  }

  @GET
  @Path("{id: \\d+}")
  public PlanView plan(@PathParam("id") long id) {
    return reading.plan(id);
  }

  @POST
  @Path("{id: \\d+}/results")
  public PlanView addResult(@PathParam("id") long id, ResultChange change) {
    require(change);
    return plans.addResult(id, change.version(), input(change));
  }

  @PUT
  @Path("{id: \\d+}/results/{resultId: \\d+}")
  public PlanView updateResult(
      @PathParam("id") long id, @PathParam("resultId") long resultId, ResultChange change) {
    require(change);
    return plans.updateResult(id, change.version(), resultId, input(change));
  }

  @DELETE
  @Path("{id: \\d+}/results/{resultId: \\d+}")
  public PlanView removeResult(
      @PathParam("id") long id,
      @PathParam("resultId") long resultId,
      @QueryParam("version") Long version) {
    require(version);
    return plans.removeResult(id, version, resultId);
  }

  @POST
  @Path("{id: \\d+}/results/{resultId: \\d+}/indicators")
  public PlanView addIndicator(
      @PathParam("id") long id, @PathParam("resultId") long resultId, IndicatorChange change) {
    require(change);
    return plans.addIndicator(id, change.version(), resultId, input(change));
  }

  @PUT
  @Path("{id: \\d+}/indicators/{indicatorId: \\d+}")
  public PlanView updateIndicator(
      @PathParam("id") long id,
      @PathParam("indicatorId") long indicatorId,
      IndicatorChange change) {
    require(change);
    return plans.updateIndicator(id, change.version(), indicatorId, input(change));
  }

  @DELETE
  @Path("{id: \\d+}/indicators/{indicatorId: \\d+}")
  public PlanView removeIndicator(
      @PathParam("id") long id,
      @PathParam("indicatorId") long indicatorId,
      @QueryParam("version") Long version) {
    require(version);
    return plans.removeIndicator(id, version, indicatorId);
  }

  @POST
  @Path("{id: \\d+}/submit")
  public PlanView submit(@PathParam("id") long id, Step step) {
    require(step);
    return plans.submit(id, step.version());
  }

  @POST
  @Path("{id: \\d+}/revise")
  public PlanView revise(@PathParam("id") long id, Step step) {
    require(step);
    return plans.revise(id, step.version());
  }

  @POST
  @Path("{id: \\d+}/approve")
  public PlanView approve(@PathParam("id") long id, Step step) {
    require(step);
    return review.approve(id, step.version());
  }

  @POST
  @Path("{id: \\d+}/return")
  public PlanView returnPlan(@PathParam("id") long id, Return step) {
    require(step);
    return review.returnPlan(id, step.version(), step.reason());
  }

  @PUT
  @Path("{id: \\d+}/expectations/{value}")
  public PlanView setExpectation(
      @PathParam("id") long id, @PathParam("value") String value, ExpectationChange change) {
    require(change);
    CoreValue coreValue;
    try {
      coreValue = CoreValue.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException();
    }
    return review.setSpecialExpectation(id, change.version(), coreValue, change.text());
  }

  private static ResultInput input(ResultChange change) {
    return new ResultInput(change.kind(), change.text(), change.supportsId());
  }

  private static IndicatorInput input(IndicatorChange change) {
    return new IndicatorInput(change.text(), change.aspect(), change.unit(), change.targets());
  }

  private static void require(Object body) {
    if (body == null) {
      throw new BadRequestException();
    }
  }
}
