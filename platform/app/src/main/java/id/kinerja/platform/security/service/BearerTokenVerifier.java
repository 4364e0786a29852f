package id.kinerja.platform.security.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the bearer access tokens of one region: signature by a key of the region's realm,
 * exactly the region's issuer, claim {@code typ} = {@code Bearer} (so ID and refresh tokens are
 * refused), not expired (60 s clock skew), {@code azp} or {@code aud} naming the portal client,
 * membership of the region's organisation where realms are shared, and an 18-digit {@code nip}.
 * Thread-safe.
 */
public final class BearerTokenVerifier {

  /** The signature algorithms accepted: asymmetric only, as Keycloak's realm keys sign. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  /** The {@code typ} claim of Keycloak access tokens. */
  static final String BEARER = "Bearer";

  private final String region;
  private final String issuer;
  private final String clientId;
  private final Optional<String> organization;
  private final DefaultJWTProcessor<SecurityContext> processor;

  /**
   * A verifier for the tokens of {@code region}.
   *
   * @param region the region's code, carried into the {@link Caller}
   * @param issuer the region's exact issuer
   * @param clientId the portal's client id, expected in {@code azp} or {@code aud}
   * @param organization the Keycloak Organization the caller must belong to, where regions share a
   *     realm
   * @param keys the realm's signing keys (a cached JWKS source in production)
   */
  public BearerTokenVerifier(
      String region,
      String issuer,
      String clientId,
      Optional<String> organization,
      JWKSource<SecurityContext> keys) {
    this.region = Objects.requireNonNull(region, "region");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.organization = Objects.requireNonNull(organization, "organization");
    processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            null,
            new JWTClaimsSet.Builder().issuer(issuer).claim("typ", BEARER).build(),
            Set.of("iss", "exp", "typ"),
            null));
  }

  /**
   * The caller a token stands for.
   *
   * @param token the compact JWT from {@code Authorization: Bearer}
   * @throws InvalidTokenException if the token must be refused; the message says why
   * @throws KeySourceException if the realm's keys cannot be fetched (identity provider down)
   */
  public Caller verify(String token) throws InvalidTokenException, KeySourceException {
    if (token == null || token.isBlank()) {
      throw new InvalidTokenException("no token");
    }
    SignedJWT jwt;
    String tokenIssuer;
    try {
      jwt = SignedJWT.parse(token.trim());
      tokenIssuer = jwt.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new InvalidTokenException("not a signed JWT: " + e.getClass().getName());
    }
    // Refused before any key lookup: another realm's token must not make us fetch keys.
    if (!issuer.equals(tokenIssuer)) {
      throw new InvalidTokenException("issuer " + tokenIssuer + " is not " + issuer);
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(jwt, null);
    } catch (RateLimitReachedException e) {
      throw new InvalidTokenException("no key for the token (JWKS refresh rate-limited): " + e);
    } catch (KeySourceException e) {
      throw e;
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidTokenException(e.getClass().getName() + ": " + e.getMessage());
    }
    List<String> audience = claims.getAudience();
    Object azp = claims.getClaim("azp");
    if (!clientId.equals(azp) && !audience.contains(clientId)) {
      throw new InvalidTokenException("neither azp nor aud is " + clientId);
    }
    if (organization.isPresent() && !TokenClaims.inOrganization(claims, organization.get())) {
      throw new InvalidTokenException("not a member of organization " + organization.get());
    }
    return TokenClaims.caller(region, claims);
  }
}
