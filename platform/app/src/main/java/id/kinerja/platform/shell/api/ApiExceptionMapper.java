package id.kinerja.platform.shell.api;

import id.kinerja.platform.shared.domain.RuleViolation;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON error with a bilingual message; never a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof RuleViolation user) {
      Response.Status status =
          switch (user.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
          };
      return error(
          status,
          user.kind().name().toLowerCase(java.util.Locale.ROOT),
          user.messageId() + " / " + user.messageEn());
    }
    if (failure instanceof ForbiddenException) {
      return error(
          Response.Status.FORBIDDEN,
          "forbidden",
          "Anda tidak berwenang mengakses sumber ini. / You are not allowed to access this"
              + " resource.");
    }
    if (failure instanceof NotFoundException) {
      return error(Response.Status.NOT_FOUND, "not_found", "Tidak ditemukan. / Not found.");
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return error(
          Response.Status.fromStatusCode(web.getResponse().getStatus()),
          "bad_request",
          "Permintaan tidak dapat diproses. / The request cannot be processed.");
    }
    LOG.log(Level.SEVERE, "Unexpected API failure", failure);
    return error(
        Response.Status.INTERNAL_SERVER_ERROR,
        "internal_error",
        "Terjadi kesalahan pada server; silakan coba lagi. / The server failed; please try again.");
  }

  private static Response error(Response.Status status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(code, message))
        .build();
  }
}
