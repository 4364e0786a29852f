package id.kinerja.platform.document.api;

import id.kinerja.platform.document.service.DocumentService;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's document downloads under {@code /dokumen/}. The REST API takes bearer tokens only,
 * so the portal's pages link here, where the session's login counts; {@link DocumentService}
 * decides who may download what:
 *
 * <ul>
 *   <li>{@code skp/{planId}.pdf}: the SKP of a plan version;
 *   <li>{@code evaluasi/{ratingId}.pdf}: the evaluation of a periodic rating;
 *   <li>{@code evaluasi-tahunan/{nip}/{year}.pdf}: an employee's yearly evaluation;
 *   <li>{@code hasil/{periodId}/{unitId}.csv}: a unit's results of a period; {@code
 *       hasil/{periodId}.csv}: the whole region's.
 * </ul>
 */
@WebServlet(urlPatterns = DocumentDownloadServlet.PATH + "*")
public class DocumentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the portal links its documents. */
  public static final String PATH = "/dokumen/";

  /** A document: its path, its type, and how to make it and name it from the path's groups. */
  private record Route(
      Pattern path,
      String contentType,
      BiFunction<DocumentService, Request, byte[]> content,
      Function<Matcher, String> fileName) {}

  /** The matched path. */
  private record Request(Matcher path) {
    long number(int group) {
      return Long.parseLong(path.group(group));
    }
  }

  private static final List<Route> ROUTES =
      List.of(
          new Route(
              Pattern.compile("/skp/(\\d{1,18})\\.pdf"),
              DocumentsResource.PDF,
              (documents, r) -> documents.skp(r.number(1)),
              m -> DocumentService.skpFileName(Long.parseLong(m.group(1)))),
          new Route(
              Pattern.compile("/evaluasi/(\\d{1,18})\\.pdf"),
              DocumentsResource.PDF,
              (documents, r) -> documents.evaluation(r.number(1)),
              m -> DocumentService.evaluationFileName(Long.parseLong(m.group(1)))),
          new Route(
              Pattern.compile("/evaluasi-tahunan/(\\d{18})/(\\d{4})\\.pdf"),
              DocumentsResource.PDF,
              (documents, r) ->
                  documents.annualEvaluation(
                      r.path().group(1), Integer.parseInt(r.path().group(2))),
              m -> DocumentService.annualFileName(m.group(1), Integer.parseInt(m.group(2)))),
          new Route(
              Pattern.compile("/hasil/(\\d{1,18})(?:/(\\d{1,18}))?\\.csv"),
              DocumentsResource.CSV,
              (documents, r) -> documents.results(r.number(1), unit(r.path())),
              m -> DocumentService.resultsFileName(Long.parseLong(m.group(1)), unit(m))));

  @Inject transient DocumentService documents;
  @Inject transient Actor actor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!actor.isAuthenticated()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String path = String.valueOf(request.getPathInfo());
    for (Route route : ROUTES) {
      Matcher matched = route.path().matcher(path);
      if (matched.matches()) {
        send(route, matched, request, response);
        return;
      }
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private void send(
      Route route, Matcher path, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] content;
    try {
      content = route.content().apply(documents, new Request(path));
    } catch (RuleViolation e) {
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
    response.setContentType(route.contentType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + route.fileName().apply(path) + "\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private static Long unit(Matcher path) {
    return path.group(2) == null ? null : Long.parseLong(path.group(2));
  }
}
