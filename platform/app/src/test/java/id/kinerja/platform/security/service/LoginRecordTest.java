package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginRecordTest {

  private static final String NIP = "198608022013031030";

  private static LoginRecord record(String region, Instant expiresAt) {
    return new LoginRecord(
        region,
        "sub-1",
        NIP,
        "Yohanes Tefa",
        Set.of("employee", "admin", "uma_authorization"),
        "header.payload.signature",
        expiresAt);
  }

  /** An HttpSession holding just attributes. */
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

  @Test
  void theLoginOfThisRegionIsFound() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(LoginRecord.SESSION_ATTRIBUTE, record("kupang", Instant.now().plusSeconds(60)));

    assertEquals(NIP, LoginRecord.in(session(attributes), "kupang").orElseThrow().nip());
  }

  @Test
  void aLoginOfAnotherRegionIsIgnored() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(LoginRecord.SESSION_ATTRIBUTE, record("kupang", Instant.now().plusSeconds(60)));

    assertTrue(LoginRecord.in(session(attributes), "bungo").isEmpty());
  }

  @Test
  void anExpiredLoginIsIgnored() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(LoginRecord.SESSION_ATTRIBUTE, record("kupang", Instant.now().minusSeconds(1)));

    assertTrue(LoginRecord.in(session(attributes), "kupang").isEmpty());
    assertTrue(LoginRecord.in(null, "kupang").isEmpty());
  }

  @Test
  void onlyThePlatformsRolesAreKept() {
    LoginRecord login = record("kupang", Instant.now().plusSeconds(60));

    assertEquals(Set.of("employee", "admin"), login.roles());
    assertTrue(login.caller().isAdmin());
    assertFalse(login.caller().isAuditor());
  }

  @Test
  void theRecordSurvivesSerialisationForSessionReplication() throws Exception {
    LoginRecord login = record("kupang", Instant.now().plusSeconds(60));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(login);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(login, in.readObject());
    }
  }

  @Test
  void theIdTokenIsNotInTheTextForm() {
    assertFalse(record("kupang", Instant.now()).toString().contains("header.payload.signature"));
  }
}
