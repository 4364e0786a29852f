package id.kinerja.platform.security.service;

import com.nimbusds.jose.KeySourceException;
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
import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates every request against the Keycloak realm of the region its host names (the tenant
 * filter runs after this, so the region is resolved here from the host too).
 *
 * <ul>
 *   <li>{@code /oidc/login?return=<path>}: starts the authorization code flow with PKCE S256, state
 *       and nonce kept in the session; only a path inside the application is accepted as return.
 *   <li>{@code /oidc/callback}: checks state, exchanges the code, validates the ID token, changes
 *       the session id, keeps a {@link LoginRecord} in the session and redirects back. Problems get
 *       a bilingual page with status 400 (503 when the identity provider cannot be reached).
 *   <li>{@code /oidc/logout}: ends the session and sends the browser to the realm's end-session
 *       endpoint ({@code id_token_hint}, back to the portal's root).
 *   <li>{@code /api/*}: only {@code Authorization: Bearer} access tokens of this region's realm
 *       (see {@link BearerTokenVerifier}); session cookies are not accepted there (no CSRF).
 *       Anything else gets 401 with a JSON body. {@code /api/v1/health} is open.
 *   <li>everything else: the session's login record for this host's region, if any, is asserted to
 *       the container (principal = NIP, groups = roles); a record of another region is ignored.
 *       Without one the request goes on anonymously, and Vaadin's access control sends visitors of
 *       protected views to {@code /oidc/login}.
 * </ul>
 *
 * <p>The container's own session registration ({@code setRegisterSession}) is deliberately not
 * used: it would restore the principal on any host, before this mechanism can check the region.
 */
@ApplicationScoped
@DeclareRoles({Roles.EMPLOYEE, Roles.ADMIN, Roles.AUDITOR})
public class OidcAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Starts a login; optional parameter {@code return}, a path inside the application. */
  public static final String LOGIN_PATH = "/oidc/login";

  /** The request attribute holding the {@link Caller} asserted for the request. */
  public static final String CALLER_ATTRIBUTE = "kinerja.security.caller";

  /** Where the identity provider sends the browser back; the client's redirect URI. */
  public static final String CALLBACK_PATH = "/oidc/callback";

  /** Ends the login here and at the identity provider. */
  public static final String LOGOUT_PATH = "/oidc/logout";

  /** The REST API: bearer tokens only. */
  public static final String API_PREFIX = "/api/";

  /** The API's health endpoint, open to anyone. */
  public static final String HEALTH_PATH = "/api/v1/health";

  /** The {@code return} parameter of {@link #LOGIN_PATH}. */
  public static final String RETURN_PARAMETER = "return";

  private static final Logger LOG = Logger.getLogger(OidcAuthenticationMechanism.class.getName());
  private static final Duration DEFAULT_LOGIN_LIFETIME = Duration.ofHours(10);

  @Inject TenantRegistry registry;

  @Inject PlatformConfig config;

  /** The longest a login lasts, whatever the session does (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "kinerja.security.login-lifetime", defaultValue = "PT10H")
  String loginLifetime;

  private final ConcurrentMap<String, RegionOidc> regions = new ConcurrentHashMap<>();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Optional<TenantDefinition> tenant = registry.ofRequest(request);
    if (tenant.isEmpty()) {
      return context.doNothing(); // the tenant filter answers 404
    }
    TenantDefinition region = tenant.get();
    String path = pathOf(request);
    try {
      if (path.equals("/api") || path.startsWith(API_PREFIX)) {
        return api(request, response, context, region, path);
      }
      return switch (path) {
        case LOGIN_PATH -> login(request, response, context, region);
        case CALLBACK_PATH -> callback(request, response, context, region);
        case LOGOUT_PATH -> logout(request, response, context, region);
        default -> fromSession(request, context, region);
      };
    } catch (IOException e) {
      throw new AuthenticationException("Writing the authentication answer failed", e);
    }
  }

  /** Logging out through the container ({@code request.logout()}) also ends the login record. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.removeAttribute(LoginRecord.SESSION_ATTRIBUTE);
      } catch (IllegalStateException alreadyInvalidated) {
        // nothing to clean
      }
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  // ---- every other request: the session's login record, for this region only ----

  private AuthenticationStatus fromSession(
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
    return assertCaller(request, context, login.get().caller());
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

  private static AuthenticationStatus assertCaller(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.setAttribute(CALLER_ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(caller.nip(), caller.roles());
  }

  // ---- /api/*: bearer tokens of this region only ----

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region,
      String path)
      throws IOException {
    if (path.equals(HEALTH_PATH) || path.startsWith(HEALTH_PATH + "/")) {
      return context.doNothing();
    }
    String token = bearerToken(request);
    if (token == null) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"" + region.code() + "\"");
      ResponsePages.jsonError(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "unauthorized",
          "Diperlukan token akses (Authorization: Bearer)",
          "An access token is required (Authorization: Bearer)");
      return AuthenticationStatus.SEND_CONTINUE; // the answer is written
    }
    RegionOidc oidc;
    try {
      oidc = oidc(region);
    } catch (GeneralException | IOException e) {
      return apiUnavailable(response, context, region, e);
    }
    try {
      Caller caller = oidc.bearerVerifier().verify(token);
      return assertCaller(request, context, caller);
    } catch (InvalidTokenException e) {
      LOG.fine(() -> "Bearer token refused on region " + region.code() + ": " + e.getMessage());
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"" + region.code() + "\", error=\"invalid_token\"");
      ResponsePages.jsonError(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "invalid_token",
          "Token akses tidak sah atau sudah kedaluwarsa",
          "The access token is invalid or has expired");
      return AuthenticationStatus.SEND_CONTINUE; // the answer is written
    } catch (KeySourceException e) {
      return apiUnavailable(response, context, region, e);
    }
  }

  private static String bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static AuthenticationStatus apiUnavailable(
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region,
      Exception e)
      throws IOException {
    LOG.warning(
        () -> "Identity provider of region " + region.code() + " unavailable: " + describe(e));
    response.setHeader("Retry-After", "30");
    ResponsePages.jsonError(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "identity_unavailable",
        "Layanan identitas sedang tidak dapat dihubungi; coba lagi nanti",
        "The identity service cannot be reached; please try again later");
    return AuthenticationStatus.SEND_CONTINUE; // the answer is written
  }

  // ---- /oidc/login ----

  private AuthenticationStatus login(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region)
      throws IOException {
    HttpSession existing = request.getSession(false);
    String returnPath =
        ReturnPath.check(request.getParameter(RETURN_PARAMETER))
            .or(() -> vaadinStoredRedirect(existing))
            .orElse(ReturnPath.DEFAULT);
    if (LoginRecord.in(existing, region.code()).isPresent()) {
      return redirect(response, context, request.getContextPath() + returnPath);
    }
    RegionOidc oidc;
    try {
      oidc = oidc(region);
    } catch (GeneralException | IOException e) {
      return unavailablePage(request, response, context, region, e);
    }
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    HttpSession session = request.getSession(true);
    PendingLogin.store(
        session,
        new PendingLogin(
            region.code(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            returnPath,
            Instant.now()));
    URI authorization = oidc.authorizationRequest(redirectUri(request), state, nonce, verifier);
    return redirect(response, context, authorization.toString());
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

  // ---- /oidc/callback ----

  private AuthenticationStatus callback(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region)
      throws IOException {
    URI redirectUri = redirectUri(request);
    AuthenticationResponse answer;
    try {
      answer = AuthenticationResponseParser.parse(redirectUri, parameters(request));
    } catch (ParseException e) {
      LOG.info(() -> "Unreadable login callback on " + region.code() + ": " + describe(e));
      return badCallback(request, response, context);
    }
    HttpSession session = request.getSession(false);
    State state = answer.getState();
    PendingLogin pending = PendingLogin.take(session, state == null ? null : state.getValue());
    if (pending == null || !pending.region().equals(region.code())) {
      if (LoginRecord.in(session, region.code()).isPresent()) {
        // A reload or the back button on an already finished login.
        return redirect(response, context, request.getContextPath() + ReturnPath.DEFAULT);
      }
      LOG.info(() -> "Login callback with an unknown or expired state on " + region.code());
      return badCallback(request, response, context);
    }
    if (!answer.indicatesSuccess()) {
      ErrorObject error = answer.toErrorResponse().getErrorObject();
      LOG.info(
          () ->
              "Login on "
                  + region.code()
                  + " ended by the identity provider: "
                  + error.getCode()
                  + " "
                  + error.getDescription());
      if (OAuth2Error.ACCESS_DENIED.getCode().equals(error.getCode())) {
        return errorPage(
            request,
            response,
            context,
            HttpServletResponse.SC_BAD_REQUEST,
            "Login dibatalkan",
            "Login tidak diselesaikan atau ditolak. Silakan masuk lagi.",
            "Login cancelled",
            "The login was not completed or was refused. Please log in again.");
      }
      return badCallback(request, response, context);
    }
    AuthenticationSuccessResponse success = answer.toSuccessResponse();
    AuthorizationCode code = success.getAuthorizationCode();
    RegionOidc oidc;
    try {
      oidc = oidc(region);
    } catch (GeneralException | IOException e) {
      return unavailablePage(request, response, context, region, e);
    }
    if (code == null
        || (success.getIssuer() != null && !success.getIssuer().equals(oidc.issuer()))) {
      LOG.info(() -> "Login callback on " + region.code() + " without code or from another issuer");
      return badCallback(request, response, context);
    }
    RegionOidc.LoginResult result;
    try {
      result =
          oidc.exchange(
              code,
              redirectUri,
              new CodeVerifier(pending.codeVerifier()),
              new Nonce(pending.nonce()));
    } catch (RegionOidc.LoginFailure e) {
      LOG.log(
          Level.WARNING,
          "Login on region {0} refused: {1}",
          new Object[] {region.code(), e.getMessage()});
      return badCallback(request, response, context);
    } catch (IOException e) {
      return unavailablePage(request, response, context, region, e);
    }
    request.changeSessionId();
    HttpSession loggedIn = request.getSession(true);
    loggedIn.setAttribute(
        LoginRecord.SESSION_ATTRIBUTE,
        LoginRecord.of(result.caller(), result.idToken(), Instant.now().plus(loginLifetime())));
    LOG.fine(() -> "Logged in on " + region.code() + ": " + result.caller().nip());
    return redirect(response, context, request.getContextPath() + pending.returnPath());
  }

  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
  }

  private AuthenticationStatus badCallback(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws IOException {
    return errorPage(
        request,
        response,
        context,
        HttpServletResponse.SC_BAD_REQUEST,
        "Login tidak dapat diselesaikan",
        "Tautan login ini tidak sah atau sudah kedaluwarsa. Silakan masuk lagi.",
        "The login could not be completed",
        "This login link is invalid or has expired. Please log in again.");
  }

  // ---- /oidc/logout ----

  private AuthenticationStatus logout(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region)
      throws IOException {
    String home = request.getContextPath() + "/";
    HttpSession session = request.getSession(false);
    Optional<LoginRecord> login = Optional.empty();
    if (session != null) {
      try {
        if (session.getAttribute(LoginRecord.SESSION_ATTRIBUTE) instanceof LoginRecord record
            && record.region().equals(region.code())) {
          login = Optional.of(record);
        }
      } catch (IllegalStateException invalidated) {
        // no session after all
      }
    }
    if (login.isEmpty()) {
      return redirect(response, context, home);
    }
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalidated) {
      // fine
    }
    URI portal = URI.create(origin(request) + home);
    Optional<URI> endSession;
    try {
      endSession = oidc(region).logoutRequest(login.get().idToken(), portal);
    } catch (GeneralException | IOException e) {
      LOG.warning(
          () -> "Logout on " + region.code() + " only local, realm unreachable: " + describe(e));
      endSession = Optional.empty();
    }
    return redirect(response, context, endSession.map(URI::toString).orElse(home));
  }

  // ---- shared ----

  /** The region's OpenID Connect client, discovered on first use and kept. */
  private RegionOidc oidc(TenantDefinition region) throws GeneralException, IOException {
    RegionOidc known = regions.get(region.code());
    if (known != null) {
      return known;
    }
    RegionOidc discovered;
    try {
      discovered = RegionOidc.discover(region, config.oidcServerUrl());
    } catch (GeneralException | IOException e) {
      LOG.warning(
          () -> "Discovery of the realm of region " + region.code() + " failed: " + describe(e));
      throw e;
    }
    RegionOidc raced = regions.putIfAbsent(region.code(), discovered);
    LOG.info(() -> "Discovered realm " + discovered.issuer() + " for region " + region.code());
    return raced != null ? raced : discovered;
  }

  private Duration loginLifetime() {
    try {
      Duration lifetime = Duration.parse(loginLifetime);
      return lifetime.isNegative() || lifetime.isZero() ? DEFAULT_LOGIN_LIFETIME : lifetime;
    } catch (DateTimeParseException | NullPointerException e) {
      return DEFAULT_LOGIN_LIFETIME;
    }
  }

  /** The path inside the application, without path parameters such as {@code ;jsessionid}. */
  static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String contextPath = request.getContextPath();
    String path =
        contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)
            ? uri.substring(contextPath.length())
            : uri;
    int semicolon = path.indexOf(';');
    if (semicolon >= 0) {
      path = path.substring(0, semicolon);
    }
    return path.isEmpty() ? "/" : path;
  }

  /** {@code <scheme>://<host>:<port>}, as the browser addressed this portal. */
  private static String origin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  /** The client's redirect URI on this host: {@code <scheme>://<host>:<port>/oidc/callback}. */
  static URI redirectUri(HttpServletRequest request) {
    return URI.create(origin(request) + request.getContextPath() + CALLBACK_PATH);
  }

  private static AuthenticationStatus redirect(
      HttpServletResponse response, HttpMessageContext context, String location) {
    ResponsePages.noStore(response);
    return context.redirect(location);
  }

  private AuthenticationStatus unavailablePage(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region,
      Exception e)
      throws IOException {
    LOG.warning(
        () -> "Identity provider of region " + region.code() + " unavailable: " + describe(e));
    response.setHeader("Retry-After", "30");
    return errorPage(
        request,
        response,
        context,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "Layanan login tidak tersedia",
        "Layanan login sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.",
        "Login is unavailable",
        "The login service cannot be reached at the moment. Please try again shortly.");
  }

  private static AuthenticationStatus errorPage(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      int status,
      String titleId,
      String messageId,
      String titleEn,
      String messageEn)
      throws IOException {
    ResponsePages.errorPage(
        response, status, request.getContextPath(), titleId, messageId, titleEn, messageEn);
    return AuthenticationStatus.SEND_CONTINUE; // the answer is written
  }

  /** Class and message: Nimbus's JWKS rate limit, for one, throws with a null message. */
  static String describe(Throwable e) {
    return e.getClass().getName() + ": " + e.getMessage();
  }
}
