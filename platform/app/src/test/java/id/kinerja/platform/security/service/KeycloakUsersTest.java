package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The payloads sent to Keycloak's admin API, without Keycloak. */
class KeycloakUsersTest {

  private static final String NIP = "199001012020121001";

  @Test
  void aNewUserLogsInWithTheNipAndMustChangeTheInitialPassword() {
    JsonObject user =
        KeycloakUserPayloads.newUser(
            new UserAccount(NIP, "Maria Goreti Fanggi, S.Pd.", " Maria@Kupang.go.id "),
            "kupang",
            true);
    assertEquals(NIP, user.getString("username"));
    assertTrue(user.getBoolean("enabled"));
    assertTrue(user.getBoolean("emailVerified"));
    assertEquals("maria@kupang.go.id", user.getString("email"));
    assertEquals("Maria Goreti", user.getString("firstName"));
    assertEquals("Fanggi", user.getString("lastName"));
    assertEquals(NIP, user.getJsonObject("attributes").getJsonArray("nip").getString(0));
    assertEquals(
        List.of("UPDATE_PASSWORD"),
        user.getJsonArray("requiredActions").getValuesAs(jakarta.json.JsonString::getString));
    assertFalse(user.containsKey("credentials"), "the password is set separately, as temporary");
  }

  @Test
  void withoutAnInitialPasswordTheUserHasNoRequiredAction() {
    JsonObject user =
        KeycloakUserPayloads.newUser(new UserAccount(NIP, "Ani", null), "kupang", false);
    assertTrue(user.getJsonArray("requiredActions").isEmpty());
  }

  @Test
  void anEmployeeWithoutEmailGetsAnAddressThatNeverReceivesMail() {
    assertEquals(
        NIP + "@kupang.invalid",
        KeycloakUserPayloads.newUser(new UserAccount(NIP, "Ani", ""), "kupang", true)
            .getString("email"));
    assertEquals(
        NIP + "@kupang.invalid",
        KeycloakUserPayloads.newUser(new UserAccount(NIP, "Ani", null), "kupang", true)
            .getString("email"));
    // a blank cell keeps the address Keycloak has
    assertEquals("a@b.id", KeycloakUserPayloads.email("  ", "a@b.id", NIP, "kupang"));
    assertEquals("new@b.id", KeycloakUserPayloads.email("New@b.id", "a@b.id", NIP, "kupang"));
  }

  @Test
  void anUnchangedUserIsLeftAlone() {
    JsonObject existing = existing("maria@kupang.go.id", "Maria Goreti", "Fanggi", NIP);
    assertTrue(
        KeycloakUserPayloads.updatedUser(
                existing,
                new UserAccount(NIP, "Maria Goreti Fanggi, S.Pd.", "maria@kupang.go.id"),
                "kupang")
            .isEmpty());
  }

  @Test
  void aChangedUserKeepsWhatTheImportDoesNotDescribe() {
    JsonObject existing = existing("old@kupang.go.id", "Maria", "Fanggi", null);
    JsonObject updated =
        KeycloakUserPayloads.updatedUser(
                existing,
                new UserAccount(NIP, "Maria Goreti Fanggi, S.Pd.", "maria@kupang.go.id"),
                "kupang")
            .orElseThrow();
    assertEquals("id-1", updated.getString("id"));
    assertEquals("admin", updated.getString("username"), "user names are never changed");
    assertEquals("maria@kupang.go.id", updated.getString("email"));
    assertEquals("Maria Goreti", updated.getString("firstName"));
    assertEquals(NIP, updated.getJsonObject("attributes").getJsonArray("nip").getString(0));
    assertEquals(
        "x", updated.getJsonObject("attributes").getJsonArray("other").getString(0), "kept");
    assertEquals(1, updated.getJsonArray("requiredActions").size(), "kept");
    assertFalse(updated.containsKey("access"), "read-only part dropped");
  }

  @Test
  void theAdminApiAndTokenEndpointFollowTheRegionsIssuer() {
    KeycloakRealm realm = KeycloakRealm.of(region(Optional.empty()), "http://kc:8180/");
    assertEquals("http://kc:8180/admin/realms/kupang", realm.adminUrl());
    assertEquals(
        "http://kc:8180/realms/kupang/protocol/openid-connect/token", realm.tokenEndpoint());
    assertFalse(realm.toString().contains("s3cret"));

    KeycloakRealm explicit =
        KeycloakRealm.of(
            region(Optional.of("https://id.example.go.id/auth/realms/ntt")), "http://ignored");
    assertEquals("https://id.example.go.id/auth/admin/realms/ntt", explicit.adminUrl());
  }

  private static JsonObject existing(String email, String first, String last, String nip) {
    var attributes = Json.createObjectBuilder().add("other", Json.createArrayBuilder().add("x"));
    if (nip != null) {
      attributes.add("nip", Json.createArrayBuilder().add(nip));
    }
    return Json.createObjectBuilder()
        .add("id", "id-1")
        .add("username", "admin")
        .add("enabled", true)
        .add("email", email)
        .add("firstName", first)
        .add("lastName", last)
        .add("attributes", attributes)
        .add("requiredActions", Json.createArrayBuilder().add("CONFIGURE_TOTP"))
        .add("access", Json.createObjectBuilder().add("manage", true))
        .build();
  }

  private static TenantDefinition region(Optional<String> issuer) {
    return new TenantDefinition(
        "kupang",
        "Pemerintah Kota Kupang",
        TenantDefinition.Kind.KOTA,
        ZoneId.of("Asia/Makassar"),
        List.of(),
        TenantDefinition.EvaluationPeriod.MONTHLY,
        new TenantDefinition.Identity(
            "kupang", issuer, "kinerja-portal", "s3cret", Optional.empty()),
        Map.of(),
        TenantDefinition.Deadlines.DEFAULT,
        Optional.empty());
  }
}
