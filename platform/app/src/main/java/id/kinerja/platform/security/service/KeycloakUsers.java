package id.kinerja.platform.security.service;

import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.PersonNames;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Provisions the Keycloak users of the current region through the admin REST API of the region's
 * own realm, as the portal client's service account (client credentials; the realm gives it the
 * {@code realm-management} roles {@code manage-users}, {@code view-users}, {@code query-users} and
 * nothing else).
 *
 * <p>Per employee: the user whose user name is the NIP (or, failing that, whose {@code nip}
 * attribute is, as for the demo accounts {@code admin}, {@code penilai}, {@code pegawai}) is
 * updated when the e-mail, the name or the NIP attribute changed; a missing one is created with
 * user name = NIP, the realm role {@code employee}, enabled, e-mail verified and, when {@value
 * #INITIAL_PASSWORD} is set, that password as a temporary one (Keycloak asks for a new one at the
 * first login). Without the setting, created users have no password and the admin hands one out
 * with Keycloak's "reset password".
 *
 * <p>Keycloak lets a user log in with a password only once e-mail, first and last name are set: an
 * employee without an e-mail gets {@code <nip>@<region>.invalid} (a reserved top-level domain: no
 * mail is ever delivered there), which a later import with a real address replaces.
 *
 * <p>The service account's token is cached per realm and client until shortly before it expires.
 */
@ApplicationScoped
public class KeycloakUsers {

  /** The setting naming the temporary password of created users; unset: none. */
  public static final String INITIAL_PASSWORD = "kinerja.import.initial-password";

  /** The top-level domain of the e-mail addresses made up for employees without one. */
  static final String PLACEHOLDER_DOMAIN = ".invalid";

  private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  private static final long EXPIRY_MARGIN_SECONDS = 30;

  @Inject TenantRegistry registry;
  @Inject PlatformConfig config;

  @Inject
  @ConfigProperty(name = INITIAL_PASSWORD)
  Optional<String> initialPassword;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  /**
   * Creates or updates the Keycloak users of {@code accounts} in the current region's realm. Never
   * throws for Keycloak's sake: what failed is in the outcomes.
   *
   * @return one outcome per account, in order
   */
  public List<AccountOutcome> provision(List<UserAccount> accounts) {
    if (accounts.isEmpty()) {
      return List.of();
    }
    TenantDefinition tenant = registry.current();
    Realm realm;
    try {
      realm = realm(tenant, config.oidcServerUrl());
    } catch (IllegalStateException e) {
      return accounts.stream().map(a -> AccountOutcome.failed(a.nip(), e.getMessage())).toList();
    }
    Optional<String> password = initialPassword.filter(p -> !p.isBlank());
    List<AccountOutcome> outcomes = new ArrayList<>();
    String unreachable = null;
    for (UserAccount account : accounts) {
      if (unreachable != null) {
        outcomes.add(AccountOutcome.failed(account.nip(), unreachable));
        continue;
      }
      try {
        outcomes.add(provision(realm, tenant.code(), account, password));
      } catch (KeycloakUnreachable e) {
        unreachable = e.getMessage();
        LOG.log(Level.WARNING, "Region " + tenant.code() + ": " + unreachable, e.getCause());
        outcomes.add(AccountOutcome.failed(account.nip(), unreachable));
      } catch (KeycloakRefused e) {
        LOG.warning(
            () -> "Region " + tenant.code() + ", NIP " + account.nip() + ": " + e.getMessage());
        outcomes.add(AccountOutcome.failed(account.nip(), e.getMessage()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Region " + tenant.code() + ", NIP " + account.nip(), e);
        outcomes.add(
            AccountOutcome.failed(account.nip(), "unexpected: " + e.getClass().getSimpleName()));
      }
    }
    LOG.info(() -> "Region " + tenant.code() + ": Keycloak users " + summary(outcomes));
    return outcomes;
  }

  private AccountOutcome provision(
      Realm realm, String region, UserAccount account, Optional<String> password) {
    Optional<JsonObject> existing = find(realm, account.nip());
    if (existing.isPresent()) {
      Optional<JsonObject> changed = updatedUser(existing.get(), account, region);
      if (changed.isEmpty()) {
        return AccountOutcome.of(account.nip(), AccountOutcome.Status.UNCHANGED);
      }
      String id = existing.get().getString("id");
      expect(204, call(realm, "PUT", "/users/" + id, changed.get()), "update the user");
      return AccountOutcome.of(account.nip(), AccountOutcome.Status.UPDATED);
    }
    HttpResponse<String> created =
        call(realm, "POST", "/users", newUser(account, region, password.isPresent()));
    expect(201, created, "create the user");
    String location = created.headers().firstValue("Location").orElse("");
    String id = location.substring(location.lastIndexOf('/') + 1);
    try {
      assignEmployeeRole(realm, id);
      if (password.isPresent()) {
        JsonObject credential =
            Json.createObjectBuilder()
                .add("type", "password")
                .add("value", password.get())
                .add("temporary", true)
                .build();
        expect(
            204,
            call(realm, "PUT", "/users/" + id + "/reset-password", credential),
            "set the initial password");
      }
    } catch (KeycloakRefused e) {
      // Without its role or password the user is of no use: remove it, so the next import retries.
      call(realm, "DELETE", "/users/" + id, null);
      throw e;
    }
    return AccountOutcome.created(account.nip(), password.isEmpty());
  }

  /** The user whose user name is the NIP, or else the one whose {@code nip} attribute is. */
  private Optional<JsonObject> find(Realm realm, String nip) {
    String encoded = URLEncoder.encode(nip, StandardCharsets.UTF_8);
    List<JsonObject> byName =
        users(
            call(realm, "GET", "/users?exact=true&briefRepresentation=false&username=" + encoded),
            u -> nip.equalsIgnoreCase(u.getString("username", "")));
    if (!byName.isEmpty()) {
      return Optional.of(byName.get(0));
    }
    String query = URLEncoder.encode("nip:" + nip, StandardCharsets.UTF_8);
    List<JsonObject> byAttribute =
        users(
            call(realm, "GET", "/users?exact=true&briefRepresentation=false&q=" + query),
            u -> nip.equals(attribute(u, "nip")));
    if (byAttribute.size() > 1) {
      throw new KeycloakRefused(byAttribute.size() + " Keycloak users have NIP " + nip);
    }
    return byAttribute.stream().findFirst();
  }

  private List<JsonObject> users(
      HttpResponse<String> response, java.util.function.Predicate<JsonObject> matches) {
    expect(200, response, "search users");
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue value : parse(response.body()).asJsonArray()) {
      if (value instanceof JsonObject user && matches.test(user)) {
        found.add(user);
      }
    }
    return found;
  }

  /**
   * The role from the user's assignable ones: reading the realm's roles needs {@code view-realm},
   * which the service account does not have.
   */
  private void assignEmployeeRole(Realm realm, String id) {
    String path = "/users/" + id + "/role-mappings/realm";
    HttpResponse<String> available = call(realm, "GET", path + "/available");
    expect(200, available, "read the assignable roles");
    JsonArrayBuilder roles = Json.createArrayBuilder();
    boolean found = false;
    for (JsonValue role : parse(available.body()).asJsonArray()) {
      if (Roles.EMPLOYEE.equals(role.asJsonObject().getString("name", ""))) {
        roles.add(role);
        found = true;
      }
    }
    if (!found) {
      throw new KeycloakRefused("the realm has no role " + Roles.EMPLOYEE + " to assign");
    }
    expect(204, call(realm, "POST", path, roles.build()), "assign the role " + Roles.EMPLOYEE);
  }

  // ---- payloads (pure, unit-tested) ------------------------------------------------------------

  /** The representation of a new user. */
  static JsonObject newUser(UserAccount account, String region, boolean temporaryPassword) {
    String[] names = PersonNames.split(account.fullName());
    JsonArrayBuilder actions = Json.createArrayBuilder();
    if (temporaryPassword) {
      actions.add("UPDATE_PASSWORD");
    }
    return Json.createObjectBuilder()
        .add("username", account.nip())
        .add("enabled", true)
        .add("emailVerified", true)
        .add("email", email(account.email(), null, account.nip(), region))
        .add("firstName", names[0])
        .add("lastName", names[1])
        .add(
            "attributes",
            Json.createObjectBuilder().add("nip", Json.createArrayBuilder().add(account.nip())))
        .add("requiredActions", actions)
        .build();
  }

  /**
   * The existing user with the e-mail, names and {@code nip} attribute the import gives, or empty
   * when they are already so. Everything else of the user (other attributes, required actions,
   * enabled) stays as it is.
   */
  static Optional<JsonObject> updatedUser(JsonObject existing, UserAccount account, String region) {
    String[] names = PersonNames.split(account.fullName());
    String oldEmail = existing.getString("email", null);
    String email = email(account.email(), oldEmail, account.nip(), region);
    boolean changed =
        !email.equals(oldEmail)
            || !names[0].equals(existing.getString("firstName", null))
            || !names[1].equals(existing.getString("lastName", null))
            || !account.nip().equals(attribute(existing, "nip"));
    if (!changed) {
      return Optional.empty();
    }
    JsonObjectBuilder attributes =
        existing.containsKey("attributes") && existing.get("attributes") instanceof JsonObject a
            ? Json.createObjectBuilder(a)
            : Json.createObjectBuilder();
    attributes.add("nip", Json.createArrayBuilder().add(account.nip()));
    JsonObjectBuilder user =
        Json.createObjectBuilder(existing)
            .remove("access")
            .remove("userProfileMetadata")
            .add("email", email)
            .add("firstName", names[0])
            .add("lastName", names[1])
            .add("attributes", attributes);
    if (!email.equals(oldEmail)) {
      user.add("emailVerified", true);
    }
    return Optional.of(user.build());
  }

  /**
   * The e-mail address to give: the imported one; else the user's current one; else {@code
   * <nip>@<region>.invalid}, because Keycloak refuses a password login without an e-mail.
   */
  static String email(String imported, String current, String nip, String region) {
    if (imported != null && !imported.isBlank()) {
      return imported.strip().toLowerCase(Locale.ROOT);
    }
    if (current != null && !current.isBlank()) {
      return current;
    }
    return placeholderEmail(nip, region);
  }

  /** The made-up address of an employee without one. */
  static String placeholderEmail(String nip, String region) {
    return nip + "@" + region.toLowerCase(Locale.ROOT) + PLACEHOLDER_DOMAIN;
  }

  /** The admin API base and token endpoint of a Keycloak realm, from its issuer. */
  static Realm realm(TenantDefinition tenant, String serverUrl) {
    String issuer = tenant.identity().issuer(serverUrl).replaceAll("/+$", "");
    int at = issuer.lastIndexOf("/realms/");
    if (at < 0) {
      throw new IllegalStateException(
          "Region " + tenant.code() + ": issuer " + issuer + " is not a Keycloak realm's");
    }
    return new Realm(
        issuer.substring(0, at) + "/admin" + issuer.substring(at),
        issuer + "/protocol/openid-connect/token",
        tenant.identity().clientId(),
        tenant.identity().clientSecret());
  }

  private static String attribute(JsonObject user, String name) {
    if (user.get("attributes") instanceof JsonObject attributes
        && attributes.get(name) instanceof JsonArray values
        && !values.isEmpty()
        && values.get(0) instanceof JsonString value) {
      return value.getString();
    }
    return null;
  }

  private static String summary(List<AccountOutcome> outcomes) {
    Map<AccountOutcome.Status, Long> counts = new java.util.EnumMap<>(AccountOutcome.Status.class);
    outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
    return counts.toString();
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  private HttpResponse<String> call(Realm realm, String method, String path) {
    return call(realm, method, path, null);
  }

  /** One admin API call; a token Keycloak no longer accepts is replaced once. */
  private HttpResponse<String> call(Realm realm, String method, String path, JsonStructure body) {
    HttpResponse<String> response = send(realm, method, path, body, token(realm));
    if (response.statusCode() == 401) {
      tokens.remove(realm.key());
      response = send(realm, method, path, body, token(realm));
    }
    return response;
  }

  private HttpResponse<String> send(
      Realm realm, String method, String path, JsonStructure body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(realm.adminUrl() + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return send(request.build());
  }

  private String token(Realm realm) {
    Token cached = tokens.get(realm.key());
    if (cached != null && Instant.now().isBefore(cached.renewAt())) {
      return cached.value();
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(realm.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(realm.clientSecret(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(realm.tokenEndpoint()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      // Every user would fail the same way: stop asking.
      throw new KeycloakUnreachable(
          "Keycloak refused the portal's service-account token: " + reason(response), null);
    }
    JsonObject json = parse(response.body()).asJsonObject();
    long lifetime = json.getJsonNumber("expires_in").longValue();
    Token token =
        new Token(
            json.getString("access_token"),
            Instant.now()
                .plusSeconds(
                    Math.max(0, lifetime - Math.min(EXPIRY_MARGIN_SECONDS, lifetime / 2))));
    tokens.put(realm.key(), token);
    return token.value();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KeycloakUnreachable(
          "Keycloak does not answer at " + request.uri().getHost() + ":" + request.uri().getPort(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakUnreachable("interrupted while calling Keycloak", e);
    }
  }

  private static void expect(int status, HttpResponse<String> response, String what) {
    if (response.statusCode() != status) {
      throw new KeycloakRefused("Keycloak did not " + what + ": " + reason(response));
    }
  }

  /** Keycloak's own words: {@code errorMessage}, {@code error_description} or {@code error}. */
  static String reason(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    String text = body.length() > 200 ? body.substring(0, 200) : body;
    try {
      if (parse(body) instanceof JsonObject json) {
        for (String key : List.of("errorMessage", "error_description", "error")) {
          if (json.get(key) instanceof JsonString value) {
            text = value.getString();
            break;
          }
        }
      }
    } catch (RuntimeException e) {
      // not JSON: the text as it is
    }
    return response.statusCode() + (text.isBlank() ? "" : " " + text);
  }

  private static JsonValue parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new KeycloakRefused("Keycloak answered no JSON: " + e.getMessage());
    }
  }

  /** Where a realm's admin API and token endpoint are, and the client to call them as. */
  record Realm(String adminUrl, String tokenEndpoint, String clientId, String clientSecret) {
    String key() {
      return tokenEndpoint + " " + clientId;
    }

    @Override
    public String toString() {
      return "Realm[" + adminUrl + ", client " + clientId + "]"; // no secret in logs
    }
  }

  private record Token(String value, Instant renewAt) {
    Token {
      Objects.requireNonNull(value);
    }
  }

  /** Keycloak refused one user's change. */
  static class KeycloakRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeycloakRefused(String message) {
      super(message);
    }
  }

  /** Keycloak cannot be used at all (down, or refusing the service account). */
  static final class KeycloakUnreachable extends KeycloakRefused {
    private static final long serialVersionUID = 1L;

    KeycloakUnreachable(String message, Throwable cause) {
      super(message);
      initCause(cause);
    }
  }
}
