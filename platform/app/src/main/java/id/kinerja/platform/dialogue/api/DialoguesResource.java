package id.kinerja.platform.dialogue.api;

import id.kinerja.platform.dialogue.domain.Development;
import id.kinerja.platform.dialogue.service.DialogueInput;
import id.kinerja.platform.dialogue.service.DialogueService;
import id.kinerja.platform.dialogue.service.DialogueView;
import id.kinerja.platform.security.service.Roles;
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
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/dialogues}: the caller's performance dialogues as employee and as pejabat penilai;
 * recording, editing and confirming them. A dialogue of another region answers 404, one the caller
 * does not take part in 403.
 */
@Path("v1/dialogues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class DialoguesResource {

  @Inject DialogueService dialogues;

  /** A new dialogue with one of the caller's direct reports. */
  public record NewDialogue(
      String employeeNip,
      long periodId,
      LocalDate meetingDate,
      String achievements,
      String obstacles,
      List<Development> developmentPlan) {}

  /** New content with the version the caller last saw. */
  public record DialogueChange(
      long version,
      LocalDate meetingDate,
      String achievements,
      String obstacles,
      List<Development> developmentPlan) {}

  /** A confirmation with the version the caller last saw. */
  public record Confirmation(long version) {}

  @GET
  @Path("mine")
  public List<DialogueView> mine() {
    return dialogues.mine();
  }

  @GET
  @Path("reports")
  public List<DialogueView> reports() {
    return dialogues.ofMyReports();
  }

  @GET
  @Path("{id: \\d+}")
  public DialogueView dialogue(@PathParam("id") long id) {
    return dialogues.dialogue(id);
  }

  @POST
  public DialogueView create(NewDialogue body) {
    require(body);
    return dialogues.create(
        body.employeeNip(),
        body.periodId(),
        new DialogueInput(
            body.meetingDate(), body.achievements(), body.obstacles(), body.developmentPlan()));
  }

  @PUT
  @Path("{id: \\d+}")
  public DialogueView edit(@PathParam("id") long id, DialogueChange body) {
    require(body);
    return dialogues.edit(
        id,
        body.version(),
        new DialogueInput(
            body.meetingDate(), body.achievements(), body.obstacles(), body.developmentPlan()));
  }

  @POST
  @Path("{id: \\d+}/confirm")
  public DialogueView confirm(@PathParam("id") long id, Confirmation body) {
    require(body);
    return dialogues.confirm(id, body.version());
  }

  private static void require(Object body) {
    if (body == null) {
      throw new BadRequestException();
    }
  }
}
