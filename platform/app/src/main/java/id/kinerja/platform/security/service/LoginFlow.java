package id.kinerja.platform.security.service;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The portal's login: the authorization code flow with PKCE S256 against the region's realm. {@code
 * /oidc/login} keeps state, nonce and verifier in the session ({@link PendingLogin}) and sends the
 * browser to the realm; {@code /oidc/callback} checks the state, exchanges the code, validates the
 * ID token, changes the session id, keeps a {@link LoginRecord} and redirects back. Problems get a
 * bilingual page with status 400 (503 when the identity provider cannot be reached).
 */
final class LoginFlow {

  private static final Logger LOG = Logger.getLogger(LoginFlow.class.getName());

  private final RegionClients clients;
  private final Supplier<Duration> loginLifetime;

  /** A flow against {@code clients}; a login lasts {@code loginLifetime} (read on each login). */
  LoginFlow(RegionClients clients, Supplier<Duration> loginLifetime) {
    this.clients = clients;
    this.loginLifetime = loginLifetime;
  }

  /** {@code /oidc/login}: back to the return path if logged in already, else to the realm. */
  AuthenticationStatus start(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region)
      throws IOException {
    HttpSession existing = request.getSession(false);
    String returnPath =
        ReturnPath.check(request.getParameter(OidcAuthenticationMechanism.RETURN_PARAMETER))
            .or(() -> vaadinStoredRedirect(existing))
            .orElse(ReturnPath.DEFAULT);
    if (LoginRecord.in(existing, region.code()).isPresent()) {
      return Answers.redirect(response, context, request.getContextPath() + returnPath);
    }
    RegionOidc oidc;
    try {
      oidc = clients.of(region);
    } catch (GeneralException | IOException e) {
      return Answers.unavailablePage(request, response, region.code(), e);
    }
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    PendingLogin.store(
        request.getSession(true),
        new PendingLogin(
            region.code(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            returnPath,
            Instant.now()));
    URI authorization =
        oidc.authorizationRequest(Answers.redirectUri(request), state, nonce, verifier);
    return Answers.redirect(response, context, authorization.toString());
  }

  /** The view Vaadin's access control wanted before it sent the visitor to the login. */
  private static Optional<String> vaadinStoredRedirect(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      Object stored = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
      if (stored instanceof String path) {
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        return ReturnPath.check(path.startsWith("/") ? path : "/" + path);
      }
    } catch (IllegalStateException invalidated) {
      // no session after all
    }
    return Optional.empty();
  }

  /** {@code /oidc/callback}: finishes the login the session has pending for this region. */
  AuthenticationStatus finish(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region)
      throws IOException {
    AuthenticationResponse answer;
    try {
      answer =
          AuthenticationResponseParser.parse(Answers.redirectUri(request), parameters(request));
    } catch (ParseException e) {
      LOG.info(() -> "Unreadable login callback on " + region.code() + ": " + Answers.describe(e));
      return badCallback(request, response);
    }
    HttpSession session = request.getSession(false);
    State state = answer.getState();
    PendingLogin pending = PendingLogin.take(session, state == null ? null : state.getValue());
    if (pending == null || !pending.region().equals(region.code())) {
      return unexpected(request, response, context, session, region);
    }
    if (!answer.indicatesSuccess()) {
      return refusedByRealm(request, response, region, answer.toErrorResponse().getErrorObject());
    }
    return exchange(request, response, context, region, answer.toSuccessResponse(), pending);
  }

  /** A callback without a pending login: a reload of a finished one, or a stale or forged link. */
  private static AuthenticationStatus unexpected(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      HttpSession session,
      TenantDefinition region)
      throws IOException {
    if (LoginRecord.in(session, region.code()).isPresent()) {
      // A reload or the back button on an already finished login.
      return Answers.redirect(response, context, request.getContextPath() + ReturnPath.DEFAULT);
    }
    LOG.info(() -> "Login callback with an unknown or expired state on " + region.code());
    return badCallback(request, response);
  }

  private static AuthenticationStatus refusedByRealm(
      HttpServletRequest request,
      HttpServletResponse response,
      TenantDefinition region,
      ErrorObject error)
      throws IOException {
    LOG.info(
        () ->
            "Login on "
                + region.code()
                + " ended by the identity provider: "
                + error.getCode()
                + " "
                + error.getDescription());
    if (OAuth2Error.ACCESS_DENIED.getCode().equals(error.getCode())) {
      return Answers.errorPage(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Login dibatalkan",
          "Login tidak diselesaikan atau ditolak. Silakan masuk lagi.",
          "Login cancelled",
          "The login was not completed or was refused. Please log in again.");
    }
    return badCallback(request, response);
  }

  /** Exchanges the code for tokens and keeps the login in a new session id. */
  private AuthenticationStatus exchange(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region,
      AuthenticationSuccessResponse success,
      PendingLogin pending)
      throws IOException {
    AuthorizationCode code = success.getAuthorizationCode();
    RegionOidc oidc;
    try {
      oidc = clients.of(region);
    } catch (GeneralException | IOException e) {
      return Answers.unavailablePage(request, response, region.code(), e);
    }
    if (code == null
        || (success.getIssuer() != null && !success.getIssuer().equals(oidc.issuer()))) {
      LOG.info(() -> "Login callback on " + region.code() + " without code or from another issuer");
      return badCallback(request, response);
    }
    RegionOidc.LoginResult result;
    try {
      result =
          oidc.exchange(
              code,
              Answers.redirectUri(request),
              new CodeVerifier(pending.codeVerifier()),
              new Nonce(pending.nonce()));
    } catch (RegionOidc.LoginFailure e) {
      LOG.log(
          Level.WARNING,
          "Login on region {0} refused: {1}",
          new Object[] {region.code(), e.getMessage()});
      return badCallback(request, response);
    } catch (IOException e) {
      return Answers.unavailablePage(request, response, region.code(), e);
    }
    keep(request, result);
    LOG.fine(() -> "Logged in on " + region.code() + ": " + result.caller().nip());
    return Answers.redirect(response, context, request.getContextPath() + pending.returnPath());
  }

  /** A new session id (no fixation) holding the login until it expires. */
  private void keep(HttpServletRequest request, RegionOidc.LoginResult result) {
    request.changeSessionId();
    request
        .getSession(true)
        .setAttribute(
            LoginRecord.SESSION_ATTRIBUTE,
            LoginRecord.of(
                result.caller(), result.idToken(), Instant.now().plus(loginLifetime.get())));
  }

  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
  }

  private static AuthenticationStatus badCallback(
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    return Answers.errorPage(
        request,
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "Login tidak dapat diselesaikan",
        "Tautan login ini tidak sah atau sudah kedaluwarsa. Silakan masuk lagi.",
        "The login could not be completed",
        "This login link is invalid or has expired. Please log in again.");
  }
}
