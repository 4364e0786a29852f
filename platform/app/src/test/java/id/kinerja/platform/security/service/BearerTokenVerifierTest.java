package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BearerTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/kupang";
  private static final String OTHER_ISSUER = "http://localhost:8180/realms/bungo";
  private static final String CLIENT = "kinerja-portal";
  private static final String NIP = "198608022013031030";

  private static RSAKey realmKey;
  private static RSAKey otherRealmKey;

  @BeforeAll
  static void keys() throws JOSEException {
    realmKey = new RSAKeyGenerator(2048).keyID("kupang-key").generate();
    otherRealmKey = new RSAKeyGenerator(2048).keyID("bungo-key").generate();
  }

  private static JWKSource<SecurityContext> realmKeys() {
    return new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK()));
  }

  private static BearerTokenVerifier verifier() {
    return new BearerTokenVerifier("kupang", ISSUER, CLIENT, Optional.empty(), realmKeys());
  }

  private static JWTClaimsSet.Builder accessToken() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("f5a3c1e0-user")
        .audience(List.of(CLIENT, "account"))
        .claim("azp", CLIENT)
        .claim("typ", "Bearer")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nip", NIP)
        .claim("name", "Yohanes Tefa")
        .claim("roles", List.of("employee", "admin", "offline_access"));
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void aValidAccessTokenYieldsTheNipNameAndKnownRoles() throws Exception {
    Caller caller = verifier().verify(sign(accessToken().build(), realmKey));

    assertEquals("kupang", caller.region());
    assertEquals(NIP, caller.nip());
    assertEquals("Yohanes Tefa", caller.name());
    assertEquals(Set.of("employee", "admin"), caller.roles());
    assertEquals(true, caller.isAdmin());
  }

  @Test
  void aTokenOfAnotherRealmIsRefusedWithoutLookingUpKeys() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    JWKSource<SecurityContext> counting =
        (JWKSelector selector, SecurityContext context) -> {
          lookups.incrementAndGet();
          return selector.select(new JWKSet(realmKey.toPublicJWK()));
        };
    BearerTokenVerifier verifier =
        new BearerTokenVerifier("kupang", ISSUER, CLIENT, Optional.empty(), counting);
    String foreign = sign(accessToken().issuer(OTHER_ISSUER).build(), otherRealmKey);

    InvalidTokenException refused =
        assertThrows(InvalidTokenException.class, () -> verifier.verify(foreign));
    assertTrue(refused.getMessage().contains("issuer"), refused.getMessage());
    assertEquals(0, lookups.get());
  }

  @Test
  void aTokenNamingThisIssuerButSignedByAnotherKeyIsRefused() throws Exception {
    String forged = sign(accessToken().build(), otherRealmKey);

    InvalidTokenException refused =
        assertThrows(InvalidTokenException.class, () -> verifier().verify(forged));
    assertTrue(refused.getMessage().contains("BadJOSEException"), refused.getMessage());
  }

  @Test
  void anIdTokenIsRefused() throws Exception {
    String idToken = sign(accessToken().claim("typ", "ID").audience(CLIENT).build(), realmKey);

    InvalidTokenException refused =
        assertThrows(InvalidTokenException.class, () -> verifier().verify(idToken));
    assertTrue(refused.getMessage().contains("typ"), refused.getMessage());
  }

  @Test
  void aTokenWithoutTypIsRefused() throws Exception {
    String untyped = sign(accessToken().claim("typ", null).build(), realmKey);

    assertThrows(InvalidTokenException.class, () -> verifier().verify(untyped));
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(600);
    String expired =
        sign(
            accessToken()
                .issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past))
                .build(),
            realmKey);

    InvalidTokenException refused =
        assertThrows(InvalidTokenException.class, () -> verifier().verify(expired));
    assertTrue(refused.getMessage().contains("xpired"), refused.getMessage());
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    String eternal = sign(accessToken().expirationTime(null).build(), realmKey);

    assertThrows(InvalidTokenException.class, () -> verifier().verify(eternal));
  }

  @Test
  void aTokenForAnotherClientIsRefused() throws Exception {
    String otherClient =
        sign(accessToken().audience("account").claim("azp", "other-app").build(), realmKey);

    assertThrows(InvalidTokenException.class, () -> verifier().verify(otherClient));
  }

  @Test
  void aTokenWhoseAudienceNamesTheClientIsAcceptedWhateverTheAzp() throws Exception {
    String viaAudience = sign(accessToken().claim("azp", "mobile-app").build(), realmKey);

    assertEquals(NIP, verifier().verify(viaAudience).nip());
  }

  @Test
  void aTokenWhoseAzpNamesTheClientIsAcceptedWithoutAudience() throws Exception {
    String viaAzp = sign(accessToken().audience("account").build(), realmKey);

    assertEquals(NIP, verifier().verify(viaAzp).nip());
  }

  @Test
  void aTokenWithoutAValidNipIsRefused() throws Exception {
    String noNip = sign(accessToken().claim("nip", null).build(), realmKey);
    String shortNip = sign(accessToken().claim("nip", "12345").build(), realmKey);

    assertThrows(InvalidTokenException.class, () -> verifier().verify(noNip));
    assertThrows(InvalidTokenException.class, () -> verifier().verify(shortNip));
  }

  @Test
  void anUnsignedOrMalformedTokenIsRefused() {
    String unsigned = new com.nimbusds.jwt.PlainJWT(accessToken().build()).serialize();

    assertThrows(InvalidTokenException.class, () -> verifier().verify(unsigned));
    assertThrows(InvalidTokenException.class, () -> verifier().verify("not-a-token"));
    assertThrows(InvalidTokenException.class, () -> verifier().verify(""));
  }

  @Test
  void whereRealmsAreSharedTheTokenMustNameTheRegionsOrganization() throws Exception {
    BearerTokenVerifier shared =
        new BearerTokenVerifier("kupang", ISSUER, CLIENT, Optional.of("kupang"), realmKeys());
    String member = sign(accessToken().claim("organization", List.of("kupang")).build(), realmKey);
    String memberByObject =
        sign(accessToken().claim("organization", Map.of("kupang", Map.of())).build(), realmKey);
    String otherMember =
        sign(accessToken().claim("organization", List.of("bungo")).build(), realmKey);
    String noOrganization = sign(accessToken().build(), realmKey);

    assertEquals(NIP, shared.verify(member).nip());
    assertEquals(NIP, shared.verify(memberByObject).nip());
    assertThrows(InvalidTokenException.class, () -> shared.verify(otherMember));
    assertThrows(InvalidTokenException.class, () -> shared.verify(noOrganization));
  }

  @Test
  void aKeyUnusedByTheRealmIsNotTrustedEvenIfTheTokenCarriesIt() throws Exception {
    // A token embedding its own key (jwk header) must still be checked against the realm's keys.
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(realmKey.getKeyID())
                .jwk((JWK) otherRealmKey.toPublicJWK())
                .build(),
            accessToken().build());
    jwt.sign(new RSASSASigner(otherRealmKey));

    assertThrows(InvalidTokenException.class, () -> verifier().verify(jwt.serialize()));
  }
}
