package id.kinerja.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realm generated for Tanjungbalai from the repository's own tenants-config. */
class RealmGeneratorTest {

  private static final Path TENANTS_CONFIG = Path.of("../../tenants-config");
  private static final int PORTAL_PORT = 8080;

  private static TenantsConfig tenants;
  private static TenantDefinition tanjungbalai;
  private static ObjectNode realm;

  @BeforeAll
  static void generate() {
    tenants = TenantsConfig.at(TENANTS_CONFIG);
    tanjungbalai =
        tenants.tenants().stream().filter(t -> t.code().equals("tanjungbalai")).findFirst().get();
    realm =
        new RealmGenerator(tenants, RealmGenerator.Options.local(PORTAL_PORT))
            .realm(tanjungbalai.identity().realm());
  }

  @Test
  void realmIsNamedAfterTheRegionsIdentityAndHasBruteForceProtection() {
    assertEquals(tanjungbalai.identity().realm(), realm.get("realm").asText());
    assertTrue(realm.get("enabled").asBoolean());
    assertTrue(realm.get("bruteForceProtected").asBoolean());
    assertFalse(realm.get("registrationAllowed").asBoolean());
  }

  @Test
  void realmHasTheProductRoles() {
    Set<String> roles = new HashSet<>();
    realm.get("roles").get("realm").forEach(role -> roles.add(role.get("name").asText()));
    assertEquals(Set.of("employee", "admin", "auditor"), roles);
  }

  @Test
  void portalClientIsConfidentialWithPkceAndExactRedirectUrisForEveryHost() {
    JsonNode client = client();
    assertFalse(client.get("publicClient").asBoolean());
    assertEquals(tanjungbalai.identity().clientSecret(), client.get("secret").asText());
    assertTrue(client.get("standardFlowEnabled").asBoolean());
    assertFalse(client.get("implicitFlowEnabled").asBoolean());
    assertTrue(client.get("serviceAccountsEnabled").asBoolean());
    assertEquals("S256", client.get("attributes").get("pkce.code.challenge.method").asText());

    List<String> hosts = tanjungbalai.allHosts("localhost");
    assertTrue(hosts.contains("tanjungbalai.localhost"));
    assertTrue(hosts.size() > 1, "tenant.yaml lists a custom host too");
    assertEquals(
        hosts.stream().map(h -> "http://" + h + ":" + PORTAL_PORT + "/oidc/callback").toList(),
        texts(client.get("redirectUris")));
    assertEquals(
        hosts.stream().map(h -> "http://" + h + ":" + PORTAL_PORT).toList(),
        texts(client.get("webOrigins")));
    assertEquals(
        List.of(client.get("attributes").get("post.logout.redirect.uris").asText().split("##")),
        hosts.stream().map(h -> "http://" + h + ":" + PORTAL_PORT + "/*").toList());
  }

  @Test
  void passwordGrantIsOnlyOnWhenAsked() {
    assertTrue(client().get("directAccessGrantsEnabled").asBoolean());
    ObjectNode strict =
        new RealmGenerator(tenants, new RealmGenerator.Options("localhost", 8080, false, true))
            .realm(tanjungbalai.identity().realm());
    assertFalse(strict.get("clients").get(0).get("directAccessGrantsEnabled").asBoolean());
  }

  @Test
  void tokensCarryNipRolesAndTheClientAsAudience() {
    JsonNode nip = mapper("oidc-usermodel-attribute-mapper");
    assertEquals("nip", nip.get("config").get("user.attribute").asText());
    assertEquals("nip", nip.get("config").get("claim.name").asText());
    for (String token : List.of("id.token.claim", "access.token.claim", "userinfo.token.claim")) {
      assertEquals("true", nip.get("config").get(token).asText(), token);
    }
    JsonNode roles = mapper("oidc-usermodel-realm-role-mapper");
    assertEquals("roles", roles.get("config").get("claim.name").asText());
    assertEquals("true", roles.get("config").get("multivalued").asText());
    assertEquals("true", roles.get("config").get("id.token.claim").asText());
    assertEquals("true", roles.get("config").get("access.token.claim").asText());
    JsonNode audience = mapper("oidc-audience-mapper");
    assertEquals(
        tanjungbalai.identity().clientId(),
        audience.get("config").get("included.client.audience").asText());
    assertEquals("true", audience.get("config").get("access.token.claim").asText());
  }

  @Test
  void userProfileDeclaresNipSoKeycloakKeepsIt() throws IOException {
    JsonNode provider =
        realm.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0);
    JsonNode config =
        new ObjectMapper()
            .readTree(provider.get("config").get("kc.user.profile.config").get(0).asText());
    List<String> attributes = new ArrayList<>();
    config.get("attributes").forEach(a -> attributes.add(a.get("name").asText()));
    assertTrue(
        attributes.containsAll(List.of("username", "email", "firstName", "lastName", "nip")));
  }

  @Test
  void demoAccountsAreLinkedToTheirEmployeesByNip() {
    TenantDefinition.DemoAccounts demo = tanjungbalai.demo().orElseThrow();
    assertDemoUser("admin", demo.admin(), Set.of("employee", "admin"));
    assertDemoUser("penilai", demo.appraiser(), Set.of("employee"));
    assertDemoUser("pegawai", demo.employee(), Set.of("employee"));
  }

  @Test
  void everyOtherDemoEmployeeLogsInWithTheirNip() {
    TenantDefinition.DemoAccounts demo = tanjungbalai.demo().orElseThrow();
    Set<String> demoNips = Set.of(demo.admin(), demo.appraiser(), demo.employee());
    List<DemoEmployee> others =
        tenants.demoEmployees("tanjungbalai").stream()
            .filter(e -> !demoNips.contains(e.nip()))
            .toList();
    assertFalse(others.isEmpty());
    for (DemoEmployee employee : others) {
      JsonNode user = user(employee.nip());
      assertEquals(employee.nip(), user.get("attributes").get("nip").get(0).asText());
      assertEquals(List.of("employee"), texts(user.get("realmRoles")));
      assertLoginReady(user);
    }
    assertEquals(others.size() + 3 + 1, realm.get("users").size(), "with the service account");
  }

  @Test
  void portalServiceAccountMayManageTheRealmsUsersAndNothingElse() {
    String clientId = tanjungbalai.identity().clientId();
    JsonNode account = user("service-account-" + clientId);
    assertEquals(clientId, account.get("serviceAccountClientId").asText());
    assertTrue(account.get("enabled").asBoolean());
    List<String> roles = List.of("manage-users", "view-users", "query-users");
    assertEquals(1, account.get("clientRoles").size(), "realm-management roles only");
    assertEquals(roles, texts(account.get("clientRoles").get("realm-management")));
    assertFalse(account.has("realmRoles") && account.get("realmRoles").size() > 0);
    assertFalse(account.has("credentials"), "no password: client credentials only");

    // fullScopeAllowed is off: the roles reach the token only through a client scope mapping
    assertFalse(client().get("fullScopeAllowed").asBoolean());
    JsonNode mappings = realm.get("clientScopeMappings").get("realm-management");
    assertEquals(1, mappings.size());
    assertEquals(clientId, mappings.get(0).get("client").asText());
    assertEquals(roles, texts(mappings.get(0).get("roles")));
  }

  @Test
  void serviceAccountIsThereWithoutDemoUsers() {
    ObjectNode production =
        new RealmGenerator(tenants, new RealmGenerator.Options("example.go.id", 80, false, false))
            .realm(tanjungbalai.identity().realm());
    assertEquals(1, production.get("users").size());
    assertEquals(
        RealmGenerator.serviceAccountUsername(tanjungbalai.identity().clientId()),
        production.get("users").get(0).get("username").asText());
  }

  @Test
  void outputIsTheSameForTheSameInput() {
    ObjectNode again =
        new RealmGenerator(tenants, RealmGenerator.Options.local(PORTAL_PORT))
            .realm(tanjungbalai.identity().realm());
    assertEquals(RealmGenerator.toJson(realm), RealmGenerator.toJson(again));
  }

  @Test
  void clashingEmailsAndUnknownDemoNipsStillGiveUsersThatCanLogIn(@TempDir Path dir)
      throws IOException {
    Path region = Files.createDirectories(dir.resolve("contoh/demo"));
    Files.writeString(
        dir.resolve("contoh/tenant.yaml"),
        """
        name: Pemerintah Kabupaten Contoh
        kind: kabupaten
        timeZone: Asia/Jakarta
        evaluationPeriod: monthly
        identity:
          realm: contoh
          clientId: kinerja-portal
          clientSecret: s3cret
        demo:
          admin: "100000000000000001"
          penilai: "100000000000000002"
          pegawai: "999999999999999999"
        """);
    Files.writeString(
        region.resolve("employees.csv"),
        """
        nip,name,position,position_kind,unit_code,supervisor_nip,employment_type,email
        100000000000000001,"Dr. Siti (Ani) Aminah, M.Si.",Kepala,JPT,root,,PNS,same@contoh.localhost
        100000000000000002,Suharto,Kepala Bagian,ADMINISTRATOR,root,100000000000000001,PNS,SAME@contoh.localhost
        100000000000000003,Budi Santoso,Pelaksana,PELAKSANA,root,100000000000000002,PPPK,
        """);
    Map<String, ObjectNode> realms =
        new RealmGenerator(TenantsConfig.at(dir), RealmGenerator.Options.local(8080)).realms();
    JsonNode users = realms.get("contoh").get("users");
    Set<String> emails = new HashSet<>();
    users.forEach(
        user -> {
          if (!user.has("serviceAccountClientId")) {
            assertLoginReady(user);
            assertTrue(emails.add(user.get("email").asText()), "unique e-mail");
          }
        });
    assertEquals(4 + 1, users.size());
  }

  @Test
  void demoPasswordIsHashedAsKeycloaksPbkdf2Sha512() throws Exception {
    JsonNode credential = RealmGenerator.demoPasswordCredential();
    ObjectMapper json = new ObjectMapper();
    JsonNode secret = json.readTree(credential.get("secretData").asText());
    JsonNode data = json.readTree(credential.get("credentialData").asText());
    assertEquals("pbkdf2-sha512", data.get("algorithm").asText());
    byte[] salt = java.util.Base64.getDecoder().decode(secret.get("salt").asText());
    byte[] expected =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(
                    "kinerja-demo".toCharArray(), salt, data.get("hashIterations").asInt(), 512))
            .getEncoded();
    assertArrayEquals(expected, java.util.Base64.getDecoder().decode(secret.get("value").asText()));
  }

  private static void assertDemoUser(String username, String nip, Set<String> roles) {
    JsonNode user = user(username);
    assertEquals(nip, user.get("attributes").get("nip").get(0).asText());
    assertEquals(roles, Set.copyOf(texts(user.get("realmRoles"))));
    DemoEmployee employee =
        tenants.demoEmployees("tanjungbalai").stream()
            .filter(e -> e.nip().equals(nip))
            .findFirst()
            .orElseThrow(() -> new AssertionError("demo/employees.csv lists no NIP " + nip));
    assertEquals(employee.email().toLowerCase(), user.get("email").asText());
    assertTrue(employee.name().contains(user.get("lastName").asText()));
    assertLoginReady(user);
  }

  /** Keycloak 26 refuses a login ("Account is not fully set up") without these. */
  private static void assertLoginReady(JsonNode user) {
    assertTrue(user.get("enabled").asBoolean());
    assertTrue(user.get("emailVerified").asBoolean());
    for (String field : List.of("email", "firstName", "lastName")) {
      assertFalse(user.get(field).asText().isBlank(), field);
    }
    JsonNode credential = user.get("credentials").get(0);
    assertEquals("password", credential.get("type").asText());
    assertFalse(credential.get("temporary").asBoolean());
    assertTrue(credential.has("secretData") || credential.has("value"), "a password");
    assertEquals(0, user.get("requiredActions").size());
  }

  private static JsonNode client() {
    return StreamSupport.stream(realm.get("clients").spliterator(), false)
        .filter(c -> c.get("clientId").asText().equals(tanjungbalai.identity().clientId()))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode mapper(String type) {
    return StreamSupport.stream(client().get("protocolMappers").spliterator(), false)
        .filter(m -> m.get("protocolMapper").asText().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type));
  }

  private static JsonNode user(String username) {
    JsonNode user =
        StreamSupport.stream(realm.get("users").spliterator(), false)
            .filter(u -> u.get("username").asText().equals(username))
            .findFirst()
            .orElse(null);
    assertNotNull(user, "user " + username);
    return user;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
