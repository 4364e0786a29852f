package id.kinerja.platform.security.service;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the platform's claims ({@code nip}, {@code roles}, name, organisation) from a token. */
final class TokenClaims {

  /** The NIP claim: the employee's 18-digit Nomor Induk Pegawai. */
  static final String NIP = "nip";

  /** The roles claim: an array of role names. */
  static final String ROLES = "roles";

  /** Keycloak's organisation claim (scope {@code organization}). */
  static final String ORGANIZATION = "organization";

  private static final Pattern NIP_PATTERN = Pattern.compile("\\d{18}");

  private TokenClaims() {}

  /** The caller the claims describe, for {@code region}. */
  static Caller caller(String region, JWTClaimsSet claims) throws InvalidTokenException {
    return new Caller(
        region, claims.getSubject(), nip(claims), name(claims), roles(claims.getClaim(ROLES)));
  }

  private static String nip(JWTClaimsSet claims) throws InvalidTokenException {
    Object value = claims.getClaim(NIP);
    String nip =
        value instanceof String || value instanceof Number ? value.toString().trim() : null;
    if (nip == null || !NIP_PATTERN.matcher(nip).matches()) {
      throw new InvalidTokenException("no 18-digit nip claim");
    }
    return nip;
  }

  private static String name(JWTClaimsSet claims) {
    for (String claim : new String[] {"name", "preferred_username"}) {
      Object value = claims.getClaim(claim);
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static Set<String> roles(Object value) {
    Set<String> roles = new HashSet<>();
    if (value instanceof String role) {
      roles.add(role);
    } else if (value instanceof Collection<?> values) {
      for (Object role : values) {
        if (role instanceof String name) {
          roles.add(name);
        }
      }
    }
    return roles;
  }

  /**
   * Whether the claims name {@code organization} (Keycloak Organizations: an array of aliases, or
   * an object keyed by alias).
   */
  static boolean inOrganization(JWTClaimsSet claims, String organization) {
    Object value = claims.getClaim(ORGANIZATION);
    if (value instanceof String single) {
      return single.equals(organization);
    }
    if (value instanceof Collection<?> values) {
      return values.contains(organization);
    }
    if (value instanceof Map<?, ?> byAlias) {
      return byAlias.containsKey(organization);
    }
    return false;
  }
}
