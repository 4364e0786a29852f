package id.kinerja.platform.security.service;

/**
 * A token that must not be accepted: malformed, badly signed, expired, of another issuer or
 * audience, of the wrong type, or without the claims the platform needs. The message says why, for
 * the log; callers are told only that the token is invalid.
 */
public class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A token refused for {@code reason}. */
  public InvalidTokenException(String reason) {
    super(reason);
  }
}
