package id.kinerja.platform.security.service;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.oauth2.sdk.GeneralException;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The REST API's authentication: only {@code Authorization: Bearer} access tokens of the request's
 * region (see {@link BearerTokenVerifier}); session cookies are not accepted (no CSRF). Anything
 * else gets 401 with a JSON body; the health endpoint is open.
 */
final class BearerApi {

  private static final Logger LOG = Logger.getLogger(BearerApi.class.getName());

  private final RegionClients clients;

  BearerApi(RegionClients clients) {
    this.clients = clients;
  }

  /** Whether {@code path} is the API's. */
  static boolean covers(String path) {
    return path.equals("/api") || path.startsWith(OidcAuthenticationMechanism.API_PREFIX);
  }

  /** Authenticates an API request of {@code region}. */
  AuthenticationStatus authenticate(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantDefinition region,
      String path)
      throws IOException {
    String health = OidcAuthenticationMechanism.HEALTH_PATH;
    if (path.equals(health) || path.startsWith(health + "/")) {
      return context.doNothing();
    }
    String token = bearerToken(request);
    if (token == null) {
      return tokenRequired(response, region);
    }
    RegionOidc oidc;
    try {
      oidc = clients.of(region);
    } catch (GeneralException | IOException e) {
      return unavailable(response, region, e);
    }
    try {
      return Answers.assertCaller(request, context, oidc.bearerVerifier().verify(token));
    } catch (InvalidTokenException e) {
      LOG.fine(() -> "Bearer token refused on region " + region.code() + ": " + e.getMessage());
      return invalidToken(response, region);
    } catch (KeySourceException e) {
      return unavailable(response, region, e);
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

  private static AuthenticationStatus tokenRequired(
      HttpServletResponse response, TenantDefinition region) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"" + region.code() + "\"");
    ResponsePages.jsonError(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "unauthorized",
        "Diperlukan token akses (Authorization: Bearer)",
        "An access token is required (Authorization: Bearer)");
    return AuthenticationStatus.SEND_CONTINUE; // the answer is written
  }

  private static AuthenticationStatus invalidToken(
      HttpServletResponse response, TenantDefinition region) throws IOException {
    response.setHeader(
        "WWW-Authenticate", "Bearer realm=\"" + region.code() + "\", error=\"invalid_token\"");
    ResponsePages.jsonError(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "invalid_token",
        "Token akses tidak sah atau sudah kedaluwarsa",
        "The access token is invalid or has expired");
    return AuthenticationStatus.SEND_CONTINUE; // the answer is written
  }

  private static AuthenticationStatus unavailable(
      HttpServletResponse response, TenantDefinition region, Exception e) throws IOException {
    LOG.warning(
        () ->
            "Identity provider of region "
                + region.code()
                + " unavailable: "
                + Answers.describe(e));
    response.setHeader("Retry-After", "30");
    ResponsePages.jsonError(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        "identity_unavailable",
        "Layanan identitas sedang tidak dapat dihubungi; coba lagi nanti",
        "The identity service cannot be reached; please try again later");
    return AuthenticationStatus.SEND_CONTINUE; // the answer is written
  }
}
