package id.kinerja.platform.security.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import id.kinerja.tenantconfig.TenantDefinition;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One region's OpenID Connect client: the realm's discovered metadata, its cached signing keys, the
 * ID-token validator and the bearer-token verifier, and the protocol steps (authorization request,
 * code exchange, logout request). Built once per region, on first use; thread-safe.
 */
final class RegionOidc {

  static final int CONNECT_TIMEOUT_MS = 3_000;
  static final int READ_TIMEOUT_MS = 5_000;
  private static final int JWKS_SIZE_LIMIT = 256 * 1024;

  private final String region;
  private final Issuer issuer;
  private final ClientID clientId;
  private final Secret secret;
  private final Optional<String> organization;
  private final OIDCProviderMetadata metadata;
  private final IDTokenValidator idTokenValidator;
  private final BearerTokenVerifier bearerVerifier;

  private RegionOidc(TenantDefinition tenant, Issuer issuer, OIDCProviderMetadata metadata)
      throws MalformedURLException {
    TenantDefinition.Identity identity = tenant.identity();
    this.region = tenant.code();
    this.issuer = issuer;
    this.clientId = new ClientID(identity.clientId());
    this.secret = new Secret(identity.clientSecret());
    this.organization = identity.organization();
    this.metadata = metadata;
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.<SecurityContext>create(
                metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKS_SIZE_LIMIT))
            .cache(true)
            .refreshAheadCache(false) // no threads of our own inside the container
            .rateLimited(true)
            .retrying(true)
            .build();
    this.idTokenValidator =
        new IDTokenValidator(
            issuer,
            clientId,
            new JWSVerificationKeySelector<>(BearerTokenVerifier.ALGORITHMS, keys),
            null);
    this.bearerVerifier =
        new BearerTokenVerifier(region, issuer.getValue(), clientId.getValue(), organization, keys);
  }

  /**
   * Discovers the realm of {@code tenant} from {@code <issuer>/.well-known/openid-configuration};
   * the metadata's issuer must be exactly the region's.
   */
  static RegionOidc discover(TenantDefinition tenant, String serverUrl)
      throws GeneralException, IOException {
    Issuer issuer = new Issuer(tenant.identity().issuer(serverUrl));
    OIDCProviderMetadata metadata =
        OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
    if (!issuer.equals(metadata.getIssuer())) {
      throw new GeneralException(
          "Issuer " + metadata.getIssuer() + " in the metadata is not " + issuer);
    }
    if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
      throw new GeneralException("The metadata of " + issuer + " lack jwks_uri or token_endpoint");
    }
    return new RegionOidc(tenant, issuer, metadata);
  }

  String region() {
    return region;
  }

  Issuer issuer() {
    return issuer;
  }

  BearerTokenVerifier bearerVerifier() {
    return bearerVerifier;
  }

  /** Where to send the browser to log in: code flow, PKCE S256, state and nonce. */
  URI authorizationRequest(URI redirectUri, State state, Nonce nonce, CodeVerifier verifier) {
    Scope scope = new Scope("openid", "profile");
    organization.ifPresent(org -> scope.add("organization"));
    return new AuthenticationRequest.Builder(ResponseType.CODE, scope, clientId, redirectUri)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .uiLocales(uiLocales())
        .build()
        .toURI();
  }

  private static List<LangTag> uiLocales() {
    try {
      return List.of(new LangTag("id"), new LangTag("en"));
    } catch (LangTagException e) {
      return List.of();
    }
  }

  /**
   * Exchanges the authorization code (client_secret_basic, with the PKCE verifier) and validates
   * the ID token: signature, exactly the region's issuer, audience = the client, nonce, expiry.
   */
  LoginResult exchange(AuthorizationCode code, URI redirectUri, CodeVerifier verifier, Nonce nonce)
      throws IOException, LoginFailure {
    HTTPRequest http =
        new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(code, redirectUri, verifier))
            .toHTTPRequest();
    http.setConnectTimeout(CONNECT_TIMEOUT_MS);
    http.setReadTimeout(READ_TIMEOUT_MS);
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (ParseException e) {
      throw new LoginFailure("unparseable token response: " + e.getClass().getName(), e);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new LoginFailure(
          "token endpoint refused the code: " + error.getCode() + " " + error.getDescription(),
          null);
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new LoginFailure("no ID token in the token response", null);
    }
    IDTokenClaimsSet claims;
    try {
      claims = idTokenValidator.validate(idToken, nonce);
    } catch (BadJOSEException | JOSEException e) {
      throw new LoginFailure(
          "ID token refused: " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
    try {
      if (organization.isPresent()
          && !TokenClaims.inOrganization(claims.toJWTClaimsSet(), organization.get())) {
        throw new LoginFailure("not a member of organization " + organization.get(), null);
      }
      return new LoginResult(
          TokenClaims.caller(region, claims.toJWTClaimsSet()), idToken.getParsedString());
    } catch (ParseException e) {
      throw new LoginFailure("ID token claims unreadable: " + e.getClass().getName(), e);
    } catch (InvalidTokenException e) {
      throw new LoginFailure("ID token lacks platform claims: " + e.getMessage(), e);
    }
  }

  /**
   * The realm's end-session URL for RP-initiated logout, or empty if the realm has none or the
   * token cannot be read.
   */
  Optional<URI> logoutRequest(String idToken, URI postLogoutRedirectUri) {
    URI endSession = metadata.getEndSessionEndpointURI();
    if (endSession == null) {
      return Optional.empty();
    }
    JWT hint = null;
    try {
      hint = idToken == null ? null : JWTParser.parse(idToken);
    } catch (java.text.ParseException e) {
      // Log out without the hint; Keycloak then asks the user to confirm.
    }
    return Optional.of(
        new LogoutRequest(endSession, hint, null, clientId, postLogoutRedirectUri, null, null)
            .toURI());
  }

  /** A validated login: the caller and the ID token as received. */
  record LoginResult(Caller caller, String idToken) {}

  /** A login that must not succeed; the message is for the log only. */
  static final class LoginFailure extends Exception {
    private static final long serialVersionUID = 1L;

    LoginFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
