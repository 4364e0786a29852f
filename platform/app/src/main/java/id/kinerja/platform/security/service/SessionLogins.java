package id.kinerja.platform.security.service;

import com.nimbusds.oauth2.sdk.GeneralException;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's logins once made: the session's {@link LoginRecord} for the host's region is
 * asserted on every request (a record of another region is ignored, an expired one dropped), and
 * {@code /oidc/logout} ends it here and at the realm's end-session endpoint.
 */
final class SessionLogins {

  private static final Logger LOG = Logger.getLogger(SessionLogins.class.getName());

  private final RegionClients clients;

  SessionLogins(RegionClients clients) {
    this.clients = clients;
  }

  /** Asserts the session's login for {@code region}, if any; else the request stays anonymous. */
  AuthenticationStatus resume(
      HttpServletRequest request, HttpMessageContext context, TenantDefinition region) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return context.doNothing();
    }
    Optional<LoginRecord> login = LoginRecord.in(session, region.code());
    if (login.isEmpty()) {
      dropExpired(session, region.code());
      return context.doNothing();
    }
    return Answers.assertCaller(request, context, login.get().caller());
  }

  /** Removes the login record from a session, if it still has one. */
  static void forget(HttpSession session) {
    if (session != null) {
      try {
        session.removeAttribute(LoginRecord.SESSION_ATTRIBUTE);
      } catch (IllegalStateException alreadyInvalidated) {
        // nothing to clean
      }
    }
  }

  private static void dropExpired(HttpSession session, String region) {
    try {
      if (session.getAttribute(LoginRecord.SESSION_ATTRIBUTE) instanceof LoginRecord login
          && login.region().equals(region)
          && !login.isValidAt(Instant.now())) {
        session.removeAttribute(LoginRecord.SESSION_ATTRIBUTE);
      }
    } catch (IllegalStateException invalidated) {
      // gone already
    }
  }

  /** Ends the region's login: the session, then the realm's (back to the portal's root). */
  AuthenticationStatus logout(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region) {
    String home = request.getContextPath() + "/";
    HttpSession session = request.getSession(false);
    Optional<LoginRecord> login = recordOf(session, region.code());
    if (login.isEmpty()) {
      return Answers.redirect(response, context, home);
    }
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalidated) {
      // fine
    }
    URI portal = URI.create(Answers.origin(request) + home);
    Optional<URI> endSession = endSession(region, login.get(), portal);
    return Answers.redirect(response, context, endSession.map(URI::toString).orElse(home));
  }

  /** The session's login record of {@code region}, expired or not. */
  private static Optional<LoginRecord> recordOf(HttpSession session, String region) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      if (session.getAttribute(LoginRecord.SESSION_ATTRIBUTE) instanceof LoginRecord record
          && record.region().equals(region)) {
        return Optional.of(record);
      }
    } catch (IllegalStateException invalidated) {
      // no session after all
    }
    return Optional.empty();
  }

  private Optional<URI> endSession(TenantDefinition region, LoginRecord login, URI portal) {
    try {
      return clients.of(region).logoutRequest(login.idToken(), portal);
    } catch (GeneralException | IOException e) {
      LOG.warning(
          () ->
              "Logout on "
                  + region.code()
                  + " only local, realm unreachable: "
                  + Answers.describe(e));
      return Optional.empty();
    }
  }
}
