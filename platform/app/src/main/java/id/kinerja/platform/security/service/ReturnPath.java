package id.kinerja.platform.security.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a login may send the browser back to: only a path inside the application, never another
 * site (no open redirect). Absolute URLs, scheme-relative {@code //host} and {@code /\host},
 * backslashes, whitespace and control characters (which browsers strip or turn into slashes) are
 * refused, and so are the login endpoints themselves.
 */
final class ReturnPath {

  /** Where to go when no acceptable path is given. */
  static final String DEFAULT = "/";

  private static final int MAX_LENGTH = 2000;

  private ReturnPath() {}

  /** The candidate, if it is a safe path inside the application. */
  static Optional<String> check(String candidate) {
    if (candidate == null
        || candidate.isEmpty()
        || candidate.length() > MAX_LENGTH
        || candidate.charAt(0) != '/') {
      return Optional.empty();
    }
    if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
      return Optional.empty();
    }
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c <= 0x20
          || c == 0x7f
          || c == '\\'
          || Character.isWhitespace(c)
          || Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    if (candidate.equals("/oidc")
        || candidate.startsWith("/oidc/")
        || candidate.startsWith("/oidc?")) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(candidate);
      if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.isOpaque()) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  /** The candidate if safe, else {@link #DEFAULT}. */
  static String orDefault(String candidate) {
    return check(candidate).orElse(DEFAULT);
  }
}
