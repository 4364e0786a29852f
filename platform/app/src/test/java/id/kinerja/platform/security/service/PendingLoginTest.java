package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingLoginTest {

  private static HttpSession session(Map<String, Object> attributes) {
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static PendingLogin pending(String state, Instant startedAt) {
    return new PendingLogin("kupang", state, "nonce-" + state, "verifier", "/", startedAt);
  }

  @Test
  void aStateCanBeUsedOnlyOnce() {
    HttpSession session = session(new HashMap<>());
    PendingLogin.store(session, pending("s1", Instant.now()));

    assertEquals("nonce-s1", PendingLogin.take(session, "s1").nonce());
    assertNull(PendingLogin.take(session, "s1"));
  }

  @Test
  void anUnknownStateFindsNothing() {
    HttpSession session = session(new HashMap<>());
    PendingLogin.store(session, pending("s1", Instant.now()));

    assertNull(PendingLogin.take(session, "forged"));
    assertNull(PendingLogin.take(session, null));
    assertNull(PendingLogin.take(null, "s1"));
  }

  @Test
  void twoTabsMayLogInAtOnce() {
    HttpSession session = session(new HashMap<>());
    PendingLogin.store(session, pending("tab1", Instant.now()));
    PendingLogin.store(session, pending("tab2", Instant.now()));

    assertEquals("tab2", PendingLogin.take(session, "tab2").state());
    assertEquals("tab1", PendingLogin.take(session, "tab1").state());
  }

  @Test
  void aLoginStartedTooLongAgoIsRefused() {
    HttpSession session = session(new HashMap<>());
    PendingLogin.store(
        session, pending("old", Instant.now().minus(PendingLogin.TIME_LIMIT).minusSeconds(1)));

    assertNull(PendingLogin.take(session, "old"));
  }
}
