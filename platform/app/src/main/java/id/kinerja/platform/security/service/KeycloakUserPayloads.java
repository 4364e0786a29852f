package id.kinerja.platform.security.service;

import id.kinerja.tenantconfig.PersonNames;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.Locale;
import java.util.Optional;

/**
 * The Keycloak user representations the import sends: a new employee's user, an existing user
 * brought in line with the import, and the e-mail address Keycloak needs for a password login. Pure
 * functions, unit-tested.
 */
final class KeycloakUserPayloads {

  /** The top-level domain of the e-mail addresses made up for employees without one. */
  static final String PLACEHOLDER_DOMAIN = ".invalid";

  private KeycloakUserPayloads() {}

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

  /** The first value of the user's attribute {@code name}, or null. */
  static String attribute(JsonObject user, String name) {
    if (user.get("attributes") instanceof JsonObject attributes
        && attributes.get(name) instanceof JsonArray values
        && !values.isEmpty()
        && values.get(0) instanceof JsonString value) {
      return value.getString();
    }
    return null;
  }
}
