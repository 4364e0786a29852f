package id.kinerja.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.PersonNames;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantDefinition.DemoAccounts;
import id.kinerja.tenantconfig.TenantsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the regions of {@code tenants-config} into Keycloak realm representations, one per realm
 * named in the regions' {@code identity.realm}: the static part comes from {@code
 * deploy/keycloak/realm-template.json} (realm settings with brute-force protection, the roles
 * {@code employee}, {@code admin} and {@code auditor}, the user profile declaring {@code nip}, the
 * portal client's mappers), the rest from the regions: the portal client with its secret, exact
 * redirect URIs and PKCE for every host, and, for local runs, the demo users.
 *
 * <p>The output is deterministic (same input, same JSON), so that a changed realm can be told from
 * an unchanged one by its text.
 */
public final class RealmGenerator {

  /** The password of every demo user. */
  public static final String DEMO_PASSWORD = "kinerja-demo";

  /** The realm roles every realm has. */
  public static final List<String> ROLES = List.of("employee", "admin", "auditor");

  /** The path the platform's OIDC mechanism receives the authorization code on. */
  public static final String CALLBACK_PATH = "/oidc/callback";

  /** Keycloak's own iteration count for pbkdf2-sha512. */
  private static final int HASH_ITERATIONS = 210_000;

  private static volatile ObjectNode demoCredential;

  private static final Logger LOG = Logger.getLogger(RealmGenerator.class.getName());
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * How the realms are generated.
   *
   * @param baseDomain the portal's base domain: region {@code x} is served on {@code x.<base>}
   * @param portalPort the portal's HTTP port, part of every redirect URI
   * @param directAccessGrants whether the portal client accepts the password grant (tests get
   *     bearer tokens with it); for local and test realms only
   * @param demoUsers whether the demo accounts and employees become users
   */
  public record Options(
      String baseDomain, int portalPort, boolean directAccessGrants, boolean demoUsers) {

    /** Local runs and tests: base domain {@code localhost}, password grant on, demo users. */
    public static Options local(int portalPort) {
      return new Options("localhost", portalPort, true, true);
    }
  }

  private final TenantsConfig tenants;
  private final Options options;
  private final ObjectNode template;

  public RealmGenerator(TenantsConfig tenants, Options options) {
    this.tenants = tenants;
    this.options = options;
    this.template = readTemplate();
  }

  /** Every realm, by name, in the order of the regions' codes. */
  public Map<String, ObjectNode> realms() {
    Map<String, List<TenantDefinition>> byRealm = new LinkedHashMap<>();
    for (TenantDefinition tenant : tenants.tenants()) {
      byRealm.computeIfAbsent(tenant.identity().realm(), r -> new ArrayList<>()).add(tenant);
    }
    Map<String, ObjectNode> realms = new LinkedHashMap<>();
    byRealm.forEach((name, members) -> realms.put(name, realm(name, members)));
    return realms;
  }

  /**
   * One realm.
   *
   * @throws IllegalArgumentException when no region names it
   */
  public ObjectNode realm(String name) {
    ObjectNode realm = realms().get(name);
    if (realm == null) {
      throw new IllegalArgumentException("No region in " + tenants.root() + " uses realm " + name);
    }
    return realm;
  }

  /** The realm as the JSON text Keycloak imports. */
  public static String toJson(JsonNode realm) {
    try {
      return JSON.writeValueAsString(realm) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The portal URL of a host: {@code http://<host>:<port>}, without the port when it is 80. */
  public static String origin(String host, int port) {
    return "http://" + host + (port == 80 ? "" : ":" + port);
  }

  private ObjectNode realm(String name, List<TenantDefinition> members) {
    ObjectNode realm = JSON.createObjectNode();
    realm.put("realm", name);
    realm.put(
        "displayName",
        members.stream().map(TenantDefinition::name).collect(Collectors.joining(", ")));
    realm.setAll(((ObjectNode) template.get("realm")).deepCopy());
    realm.set("components", userProfile());
    realm.set("clients", clients(members));
    realm.set("scopeMappings", scopeMappings(members));
    realm.set("clientScopeMappings", clientScopeMappings(members));
    ArrayNode users = serviceAccountUsers(members);
    if (options.demoUsers()) {
      users.addAll(users(name, members));
    }
    realm.set("users", users);
    return realm;
  }

  /** Keycloak 26 drops attributes its user profile does not declare: {@code nip} is declared. */
  private ObjectNode userProfile() {
    ObjectNode provider = JSON.createObjectNode();
    provider.put("providerId", "declarative-user-profile");
    provider.set("subComponents", JSON.createObjectNode());
    ObjectNode config = provider.putObject("config");
    try {
      config
          .putArray("kc.user.profile.config")
          .add(new ObjectMapper().writeValueAsString(template.get("userProfile")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ObjectNode components = JSON.createObjectNode();
    components.putArray("org.keycloak.userprofile.UserProfileProvider").add(provider);
    return components;
  }

  private ArrayNode clients(List<TenantDefinition> members) {
    Map<String, List<TenantDefinition>> byClient = new LinkedHashMap<>();
    for (TenantDefinition tenant : members) {
      byClient.computeIfAbsent(tenant.identity().clientId(), c -> new ArrayList<>()).add(tenant);
    }
    ArrayNode clients = JSON.createArrayNode();
    byClient.forEach((clientId, users) -> clients.add(client(clientId, users)));
    return clients;
  }

  private ObjectNode client(String clientId, List<TenantDefinition> users) {
    Set<String> secrets =
        users.stream().map(t -> t.identity().clientSecret()).collect(Collectors.toSet());
    if (secrets.size() > 1) {
      throw new IllegalArgumentException(
          "Regions "
              + codes(users)
              + " share client "
              + clientId
              + " of one realm but give it different secrets");
    }
    List<String> origins =
        users.stream()
            .flatMap(t -> t.allHosts(options.baseDomain()).stream())
            .distinct()
            .map(host -> origin(host, options.portalPort()))
            .toList();
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", clientId);
    client.setAll(((ObjectNode) template.get("client")).deepCopy());
    client.put("secret", secrets.iterator().next());
    client.put("directAccessGrantsEnabled", options.directAccessGrants());
    client.put("baseUrl", origins.get(0) + "/");
    ArrayNode redirectUris = client.putArray("redirectUris");
    origins.forEach(origin -> redirectUris.add(origin + CALLBACK_PATH));
    ArrayNode webOrigins = client.putArray("webOrigins");
    origins.forEach(webOrigins::add);
    ((ObjectNode) client.get("attributes"))
        .put(
            "post.logout.redirect.uris",
            origins.stream().map(origin -> origin + "/*").collect(Collectors.joining("##")));
    for (JsonNode mapper : client.get("protocolMappers")) {
      if ("oidc-audience-mapper".equals(mapper.get("protocolMapper").asText())) {
        ((ObjectNode) mapper.get("config")).put("included.client.audience", clientId);
      }
    }
    return client;
  }

  /** The portal client's tokens carry the product's roles only, not Keycloak's default ones. */
  private ArrayNode scopeMappings(List<TenantDefinition> members) {
    ArrayNode mappings = JSON.createArrayNode();
    members.stream()
        .map(t -> t.identity().clientId())
        .distinct()
        .forEach(
            clientId -> {
              ObjectNode mapping = mappings.addObject();
              mapping.put("client", clientId);
              ArrayNode roles = mapping.putArray("roles");
              ROLES.forEach(roles::add);
            });
    return mappings;
  }

  /** The client whose roles the portal's service account holds: Keycloak's admin API roles. */
  public static final String REALM_MANAGEMENT = "realm-management";

  /** The service-account user of a client, as Keycloak names it. */
  public static String serviceAccountUsername(String clientId) {
    return "service-account-" + clientId.toLowerCase(Locale.ROOT);
  }

  /** The {@code realm-management} roles the portal's service account holds. */
  public List<String> serviceAccountRoles() {
    List<String> roles = new ArrayList<>();
    template.get("serviceAccountRoles").get(REALM_MANAGEMENT).forEach(r -> roles.add(r.asText()));
    return roles;
  }

  /**
   * The service-account user of every portal client: the platform provisions the users of its own
   * realm through the admin REST API with a client-credentials token, and may manage users only
   * (the roles of {@code serviceAccountRoles} in the template), nothing else of the realm.
   */
  private ArrayNode serviceAccountUsers(List<TenantDefinition> members) {
    ArrayNode users = JSON.createArrayNode();
    members.stream()
        .map(t -> t.identity().clientId())
        .distinct()
        .forEach(
            clientId -> {
              ObjectNode user = users.addObject();
              user.put("username", serviceAccountUsername(clientId));
              user.put("enabled", true);
              user.put("serviceAccountClientId", clientId);
              ArrayNode roles = user.putObject("clientRoles").putArray(REALM_MANAGEMENT);
              serviceAccountRoles().forEach(roles::add);
            });
    return users;
  }

  /**
   * The portal client has {@code fullScopeAllowed} off, so its service account's token carries the
   * {@code realm-management} roles only when they are in the client's scope.
   */
  private ObjectNode clientScopeMappings(List<TenantDefinition> members) {
    ObjectNode mappings = JSON.createObjectNode();
    ArrayNode forRealmManagement = mappings.putArray(REALM_MANAGEMENT);
    members.stream()
        .map(t -> t.identity().clientId())
        .distinct()
        .forEach(
            clientId -> {
              ObjectNode mapping = forRealmManagement.addObject();
              mapping.put("client", clientId);
              ArrayNode roles = mapping.putArray("roles");
              serviceAccountRoles().forEach(roles::add);
            });
    return mappings;
  }

  private ArrayNode users(String realm, List<TenantDefinition> members) {
    ArrayNode users = JSON.createArrayNode();
    Set<String> usernames = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (TenantDefinition tenant : members) {
      List<DemoEmployee> employees = tenants.demoEmployees(tenant.code());
      Map<String, DemoEmployee> byNip =
          employees.stream()
              .collect(
                  Collectors.toMap(
                      DemoEmployee::nip, Function.identity(), (a, b) -> a, LinkedHashMap::new));
      Set<String> demoNips = new LinkedHashSet<>();
      if (tenant.demo().isPresent()) {
        DemoAccounts demo = tenant.demo().get();
        addUser(
            users,
            usernames,
            emails,
            realm,
            tenant,
            "admin",
            demo.admin(),
            byNip,
            "employee",
            "admin");
        addUser(
            users,
            usernames,
            emails,
            realm,
            tenant,
            "penilai",
            demo.appraiser(),
            byNip,
            "employee");
        addUser(
            users, usernames, emails, realm, tenant, "pegawai", demo.employee(), byNip, "employee");
        demoNips.addAll(List.of(demo.admin(), demo.appraiser(), demo.employee()));
      }
      for (DemoEmployee employee : employees) {
        if (!demoNips.contains(employee.nip())) {
          addUser(
              users,
              usernames,
              emails,
              realm,
              tenant,
              employee.nip(),
              employee.nip(),
              byNip,
              "employee");
        }
      }
    }
    return users;
  }

  private void addUser(
      ArrayNode users,
      Set<String> usernames,
      Set<String> emails,
      String realm,
      TenantDefinition tenant,
      String username,
      String nip,
      Map<String, DemoEmployee> employees,
      String... roles) {
    if (!usernames.add(username)) {
      throw new IllegalArgumentException(
          "Realm "
              + realm
              + " gets user "
              + username
              + " twice (region "
              + tenant.code()
              + "): regions sharing a realm need distinct demo accounts and NIPs");
    }
    DemoEmployee employee = employees.get(nip);
    String fullName;
    String email;
    if (employee == null) {
      LOG.warning(
          () ->
              "Region "
                  + tenant.code()
                  + ": demo account "
                  + username
                  + " has NIP "
                  + nip
                  + ", which demo/employees.csv does not list; the account gets a made-up name");
      fullName = username + " " + tenant.code();
      email = null;
    } else {
      fullName = employee.name();
      email = employee.email();
    }
    if (email == null || email.isBlank() || !emails.add(email.trim().toLowerCase(Locale.ROOT))) {
      // Keycloak refuses a second user with the same e-mail, and login needs one.
      email = username + "@" + tenant.code() + "." + options.baseDomain();
      emails.add(email);
    }
    String[] names = PersonNames.split(fullName);
    ObjectNode user = users.addObject();
    user.put("username", username);
    user.put("enabled", true);
    user.put("email", email.trim().toLowerCase(Locale.ROOT));
    user.put("emailVerified", true);
    user.put("firstName", names[0]);
    user.put("lastName", names[1]);
    user.putObject("attributes").putArray("nip").add(nip);
    user.putArray("credentials").add(demoPasswordCredential());
    ArrayNode realmRoles = user.putArray("realmRoles");
    for (String role : roles) {
      realmRoles.add(role);
    }
    user.putArray("requiredActions");
  }

  /**
   * The demo password, hashed here once: Keycloak hashes a plain-text password of an imported user
   * itself (Argon2, about 0.2 s a user here), which made importing a region's 30 users take 6 s.
   * Keycloak verifies this PBKDF2 hash and moves it to its own default at the first login. The salt
   * is fixed so that the realm's JSON stays the same from run to run.
   */
  static ObjectNode demoPasswordCredential() {
    ObjectNode credential = demoCredential;
    if (credential == null) {
      try {
        byte[] salt =
            Arrays.copyOf(
                MessageDigest.getInstance("SHA-256")
                    .digest("kinerja-demo-salt".getBytes(StandardCharsets.UTF_8)),
                16);
        byte[] hash =
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(
                    new PBEKeySpec(DEMO_PASSWORD.toCharArray(), salt, HASH_ITERATIONS, 512))
                .getEncoded();
        ObjectNode secret = JSON.createObjectNode();
        secret.put("value", Base64.getEncoder().encodeToString(hash));
        secret.put("salt", Base64.getEncoder().encodeToString(salt));
        secret.putObject("additionalParameters");
        ObjectNode data = JSON.createObjectNode();
        data.put("hashIterations", HASH_ITERATIONS);
        data.put("algorithm", "pbkdf2-sha512");
        data.putObject("additionalParameters");
        credential = JSON.createObjectNode();
        credential.put("type", "password");
        credential.put("temporary", false);
        credential.put("secretData", new ObjectMapper().writeValueAsString(secret));
        credential.put("credentialData", new ObjectMapper().writeValueAsString(data));
        demoCredential = credential;
      } catch (GeneralSecurityException | JsonProcessingException e) {
        throw new IllegalStateException("Cannot hash the demo password", e);
      }
    }
    return credential.deepCopy();
  }

  private static String codes(List<TenantDefinition> tenants) {
    return tenants.stream().map(TenantDefinition::code).collect(Collectors.joining(", "));
  }

  private static ObjectNode readTemplate() {
    try (InputStream in = RealmGenerator.class.getResourceAsStream("realm-template.json")) {
      if (in == null) {
        throw new IllegalStateException("realm-template.json is missing from the launcher jar");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
