package id.kinerja.platform.notification.api;

import id.kinerja.platform.notification.service.NoticeView;
import id.kinerja.platform.notification.service.NotificationService;
import id.kinerja.platform.security.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/notifications}: the caller's notices, newest first, with the unread count; marking
 * one or all read. A notice of someone else or of another region answers 404.
 */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class NotificationsResource {

  @Inject NotificationService notifications;

  /** The caller's notices and how many are unread. */
  public record Mine(long unread, List<NoticeView> notices) {}

  /** How many notices a request marked read. */
  public record Marked(int marked) {}

  @GET
  public Mine mine() {
    return new Mine(notifications.unreadCount(), notifications.mine());
  }

  @POST
  @Path("{id: \\d+}/read")
  public NoticeView read(@PathParam("id") long id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("read")
  public Marked readAll() {
    return new Marked(notifications.markAllRead());
  }
}
