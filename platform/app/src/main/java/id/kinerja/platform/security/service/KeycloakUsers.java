package id.kinerja.platform.security.service;

import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>The calls are {@link KeycloakAdminApi}'s, the users' representations {@link
 * KeycloakUserPayloads}'.
 */
@ApplicationScoped
public class KeycloakUsers {

  /** The setting naming the temporary password of created users; unset: none. */
  public static final String INITIAL_PASSWORD = "kinerja.import.initial-password";

  private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());

  @Inject TenantRegistry registry;
  @Inject PlatformConfig config;

  @Inject
  @ConfigProperty(name = INITIAL_PASSWORD)
  Optional<String> initialPassword;

  private final KeycloakAdminApi api = new KeycloakAdminApi();

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
    KeycloakRealm realm;
    try {
      realm = KeycloakRealm.of(tenant, config.oidcServerUrl());
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
      } catch (KeycloakAdminApi.KeycloakUnreachable e) {
        unreachable = e.getMessage();
        LOG.log(Level.WARNING, "Region " + tenant.code() + ": " + unreachable, e.getCause());
        outcomes.add(AccountOutcome.failed(account.nip(), unreachable));
      } catch (KeycloakAdminApi.KeycloakRefused e) {
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
      KeycloakRealm realm, String region, UserAccount account, Optional<String> password) {
    Optional<JsonObject> existing = find(realm, account.nip());
    if (existing.isPresent()) {
      Optional<JsonObject> changed =
          KeycloakUserPayloads.updatedUser(existing.get(), account, region);
      if (changed.isEmpty()) {
        return AccountOutcome.of(account.nip(), AccountOutcome.Status.UNCHANGED);
      }
      String id = existing.get().getString("id");
      KeycloakAdminApi.expect(
          204, api.call(realm, "PUT", "/users/" + id, changed.get()), "update the user");
      return AccountOutcome.of(account.nip(), AccountOutcome.Status.UPDATED);
    }
    HttpResponse<String> created =
        api.call(
            realm,
            "POST",
            "/users",
            KeycloakUserPayloads.newUser(account, region, password.isPresent()));
    KeycloakAdminApi.expect(201, created, "create the user");
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
        KeycloakAdminApi.expect(
            204,
            api.call(realm, "PUT", "/users/" + id + "/reset-password", credential),
            "set the initial password");
      }
    } catch (KeycloakAdminApi.KeycloakRefused e) {
      // Without its role or password the user is of no use: remove it, so the next import retries.
      api.call(realm, "DELETE", "/users/" + id, null);
      throw e;
    }
    return AccountOutcome.created(account.nip(), password.isEmpty());
  }

  /** The user whose user name is the NIP, or else the one whose {@code nip} attribute is. */
  private Optional<JsonObject> find(KeycloakRealm realm, String nip) {
    String encoded = URLEncoder.encode(nip, StandardCharsets.UTF_8);
    List<JsonObject> byName =
        users(
            api.call(
                realm, "GET", "/users?exact=true&briefRepresentation=false&username=" + encoded),
            u -> nip.equalsIgnoreCase(u.getString("username", "")));
    if (!byName.isEmpty()) {
      return Optional.of(byName.get(0));
    }
    String query = URLEncoder.encode("nip:" + nip, StandardCharsets.UTF_8);
    List<JsonObject> byAttribute =
        users(
            api.call(realm, "GET", "/users?exact=true&briefRepresentation=false&q=" + query),
            u -> nip.equals(KeycloakUserPayloads.attribute(u, "nip")));
    if (byAttribute.size() > 1) {
      throw new KeycloakAdminApi.KeycloakRefused(
          byAttribute.size() + " Keycloak users have NIP " + nip);
    }
    return byAttribute.stream().findFirst();
  }

  private List<JsonObject> users(
      HttpResponse<String> response, java.util.function.Predicate<JsonObject> matches) {
    KeycloakAdminApi.expect(200, response, "search users");
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue value : KeycloakAdminApi.parse(response.body()).asJsonArray()) {
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
  private void assignEmployeeRole(KeycloakRealm realm, String id) {
    String path = "/users/" + id + "/role-mappings/realm";
    HttpResponse<String> available = api.call(realm, "GET", path + "/available");
    KeycloakAdminApi.expect(200, available, "read the assignable roles");
    JsonArrayBuilder roles = Json.createArrayBuilder();
    boolean found = false;
    for (JsonValue role : KeycloakAdminApi.parse(available.body()).asJsonArray()) {
      if (Roles.EMPLOYEE.equals(role.asJsonObject().getString("name", ""))) {
        roles.add(role);
        found = true;
      }
    }
    if (!found) {
      throw new KeycloakAdminApi.KeycloakRefused(
          "the realm has no role " + Roles.EMPLOYEE + " to assign");
    }
    KeycloakAdminApi.expect(
        204, api.call(realm, "POST", path, roles.build()), "assign the role " + Roles.EMPLOYEE);
  }

  private static String summary(List<AccountOutcome> outcomes) {
    Map<AccountOutcome.Status, Long> counts = new java.util.EnumMap<>(AccountOutcome.Status.class);
    outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
    return counts.toString();
  }
}
