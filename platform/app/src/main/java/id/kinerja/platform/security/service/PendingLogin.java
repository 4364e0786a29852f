package id.kinerja.platform.security.service;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A login started and not yet come back: what the callback must check. Kept in the HTTP session, by
 * state, a few at a time (a login started in two tabs).
 *
 * @param region the region the login was started for
 * @param state the {@code state} sent to the identity provider
 * @param nonce the {@code nonce} the ID token must carry
 * @param codeVerifier the PKCE code verifier
 * @param returnPath where to go after the login, a path inside the application
 * @param startedAt when the login was started
 */
record PendingLogin(
    String region,
    String state,
    String nonce,
    String codeVerifier,
    String returnPath,
    Instant startedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The HTTP session attribute holding the pending logins, by state. */
  static final String SESSION_ATTRIBUTE = "kinerja.security.pending-logins";

  /** How long a started login may take. */
  static final Duration TIME_LIMIT = Duration.ofMinutes(15);

  private static final int MAX_PENDING = 5;

  /** Keeps {@code login} in the session, dropping expired and the oldest beyond a few. */
  static void store(HttpSession session, PendingLogin login) {
    synchronized (PendingLogin.class) {
      HashMap<String, PendingLogin> pending = read(session);
      Instant now = Instant.now();
      pending.values().removeIf(p -> p.startedAt().plus(TIME_LIMIT).isBefore(now));
      while (pending.size() >= MAX_PENDING) {
        pending.values().stream()
            .min(Comparator.comparing(PendingLogin::startedAt))
            .ifPresent(oldest -> pending.remove(oldest.state()));
      }
      pending.put(login.state(), login);
      session.setAttribute(SESSION_ATTRIBUTE, pending);
    }
  }

  /** Takes the pending login with this state out of the session, if it is there and in time. */
  static PendingLogin take(HttpSession session, String state) {
    if (session == null || state == null) {
      return null;
    }
    synchronized (PendingLogin.class) {
      HashMap<String, PendingLogin> pending = read(session);
      PendingLogin login = pending.remove(state);
      if (pending.isEmpty()) {
        session.removeAttribute(SESSION_ATTRIBUTE);
      } else {
        session.setAttribute(SESSION_ATTRIBUTE, pending);
      }
      if (login == null || login.startedAt().plus(TIME_LIMIT).isBefore(Instant.now())) {
        return null;
      }
      return login;
    }
  }

  private static HashMap<String, PendingLogin> read(HttpSession session) {
    HashMap<String, PendingLogin> copy = new HashMap<>();
    if (session.getAttribute(SESSION_ATTRIBUTE) instanceof Map<?, ?> stored) {
      stored.forEach(
          (key, value) -> {
            if (key instanceof String state && value instanceof PendingLogin login) {
              copy.put(state, login);
            }
          });
    }
    return copy;
  }
}
