package id.kinerja.platform.security.service;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * How the authentication mechanism's flows answer a request: assert a caller, redirect, or write a
 * bilingual error page; and the addresses they answer with.
 */
final class Answers {

  private static final Logger LOG = Logger.getLogger(Answers.class.getName());

  private Answers() {}

  /** Asserts {@code caller} to the container (principal = NIP, groups = roles) and the request. */
  static AuthenticationStatus assertCaller(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.setAttribute(OidcAuthenticationMechanism.CALLER_ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(caller.nip(), caller.roles());
  }

  /** A redirect that no cache keeps. */
  static AuthenticationStatus redirect(
      HttpServletResponse response, HttpMessageContext context, String location) {
    ResponsePages.noStore(response);
    return context.redirect(location);
  }

  /** A bilingual error page with {@code status}; the answer is written. */
  static AuthenticationStatus errorPage(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String titleId,
      String messageId,
      String titleEn,
      String messageEn)
      throws IOException {
    ResponsePages.errorPage(
        response, status, request.getContextPath(), titleId, messageId, titleEn, messageEn);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** The page for a login while the region's identity provider cannot be reached (503). */
  static AuthenticationStatus unavailablePage(
      HttpServletRequest request, HttpServletResponse response, String region, Exception e)
      throws IOException {
    LOG.warning(() -> "Identity provider of region " + region + " unavailable: " + describe(e));
    response.setHeader("Retry-After", "30");
    return errorPage(
        request,
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Layanan login tidak tersedia",
        "Layanan login sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.",
        "Login is unavailable",
        "The login service cannot be reached at the moment. Please try again shortly.");
  }

  /** {@code <scheme>://<host>:<port>}, as the browser addressed this portal. */
  static String origin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  /** The client's redirect URI on this host: {@code <scheme>://<host>:<port>/oidc/callback}. */
  static URI redirectUri(HttpServletRequest request) {
    return URI.create(
        origin(request) + request.getContextPath() + OidcAuthenticationMechanism.CALLBACK_PATH);
  }

  /** Class and message: Nimbus's JWKS rate limit, for one, throws with a null message. */
  static String describe(Throwable e) {
    return e.getClass().getName() + ": " + e.getMessage();
  }
}
