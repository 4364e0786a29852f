package id.kinerja.platform.document.api;

import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.security.service.Roles;
import id.kinerja.platform.shell.service.UserFacingException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /dokumen/skp/{planId}.pdf}: the SKP download of the portal. The REST API takes bearer
 * tokens only, so the portal's pages link here, where the session's login counts; the same rules as
 * {@link DocumentsResource} apply.
 */
@WebServlet(urlPatterns = SkpDownloadServlet.PATH + "*")
public class SkpDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the portal links a plan's SKP: this plus {@code {planId}.pdf}. */
  public static final String PATH = "/dokumen/skp/";

  private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.pdf");

  @Inject transient DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Principal caller = request.getUserPrincipal();
    if (caller == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
    if (!file.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long planId = Long.parseLong(file.group(1));
    byte[] pdf;
    try {
      pdf = documents.skp(new Actor(caller.getName(), request.isUserInRole(Roles.ADMIN)), planId);
    } catch (UserFacingException e) {
      response.sendError(
          switch (e.kind()) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
          },
          e.message(request.getLocale()));
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + DocumentService.skpFileName(planId) + "\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
