package id.kinerja.platform.security.service;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's login to one region, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} after
 * the OpenID Connect callback. The authentication mechanism re-asserts it on every request of that
 * region's host, and ignores it on any other host.
 *
 * @param region the code of the region logged in to
 * @param subject the identity provider's subject (user id)
 * @param nip the employee's NIP, the principal name
 * @param name the display name
 * @param roles the platform roles
 * @param idToken the ID token as received, sent as {@code id_token_hint} at logout
 * @param expiresAt when the login ends at the latest, whatever the session does
 */
public record LoginRecord(
    String region,
    String subject,
    String nip,
    String name,
    Set<String> roles,
    String idToken,
    Instant expiresAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The HTTP session attribute holding the record. */
  public static final String SESSION_ATTRIBUTE = "kinerja.security.login";

  /** Checks the parts. */
  public LoginRecord {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(nip, "nip");
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    roles = new Caller(region, subject, nip, name, roles).roles();
  }

  /** The record of a login just validated. */
  static LoginRecord of(Caller caller, String idToken, Instant expiresAt) {
    return new LoginRecord(
        caller.region(),
        caller.subject(),
        caller.nip(),
        caller.name(),
        caller.roles(),
        idToken,
        expiresAt);
  }

  /** The caller this login stands for. */
  public Caller caller() {
    return new Caller(region, subject, nip, name, roles);
  }

  /** Whether the login still holds at {@code now}. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /**
   * The session's login to {@code region}, if there is one and it has not expired. A login to
   * another region is not returned.
   */
  public static Optional<LoginRecord> in(HttpSession session, String region) {
    if (session == null) {
      return Optional.empty();
    }
    Object value;
    try {
      value = session.getAttribute(SESSION_ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    if (value instanceof LoginRecord login
        && login.region().equals(region)
        && login.isValidAt(Instant.now())) {
      return Optional.of(login);
    }
    return Optional.empty();
  }

  /** Leaves the ID token out. */
  @Override
  public String toString() {
    return "LoginRecord[region="
        + region
        + ", nip="
        + nip
        + ", roles="
        + roles
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
