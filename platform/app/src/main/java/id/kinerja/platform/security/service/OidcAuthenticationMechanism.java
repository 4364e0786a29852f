package id.kinerja.platform.security.service;

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
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates every request against the Keycloak realm of the region its host names (the tenant
 * filter runs after this, so the region is resolved here from the host too).
 *
 * <p>The flows live beside it: {@link LoginFlow} (login and callback), {@link SessionLogins} (the
 * session's login, logout), {@link BearerApi} (the REST API); {@link RegionClients} keeps each
 * region's client.
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

  private static final Duration DEFAULT_LOGIN_LIFETIME = Duration.ofHours(10);

  @Inject TenantRegistry registry;

  @Inject PlatformConfig config;

  /** The longest a login lasts, whatever the session does (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "kinerja.security.login-lifetime", defaultValue = "PT10H")
  String loginLifetime;

  private final RegionClients clients = new RegionClients(() -> config.oidcServerUrl());
  private final LoginFlow loginFlow = new LoginFlow(clients, this::loginLifetime);
  private final SessionLogins sessions = new SessionLogins(clients);
  private final BearerApi api = new BearerApi(clients);

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
      if (BearerApi.covers(path)) {
        return api.authenticate(request, response, context, region, path);
      }
      return switch (path) {
        case LOGIN_PATH -> loginFlow.start(request, response, context, region);
        case CALLBACK_PATH -> loginFlow.finish(request, response, context, region);
        case LOGOUT_PATH -> sessions.logout(request, response, context, region);
        default -> sessions.resume(request, context, region);
      };
    } catch (IOException e) {
      throw new AuthenticationException("Writing the authentication answer failed", e);
    }
  }

  /** Logging out through the container ({@code request.logout()}) also ends the login record. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SessionLogins.forget(request.getSession(false));
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
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
}
