package id.kinerja.platform.security.service;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls to a Keycloak realm's admin REST API as the portal client's service account. The account's
 * token is cached per realm and client until shortly before it expires, and replaced once when
 * Keycloak no longer accepts it.
 */
final class KeycloakAdminApi {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  private static final long EXPIRY_MARGIN_SECONDS = 30;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  HttpResponse<String> call(KeycloakRealm realm, String method, String path) {
    return call(realm, method, path, null);
  }

  /** One admin API call; a token Keycloak no longer accepts is replaced once. */
  HttpResponse<String> call(KeycloakRealm realm, String method, String path, JsonStructure body) {
    HttpResponse<String> response = send(realm, method, path, body, token(realm));
    if (response.statusCode() == 401) {
      tokens.remove(realm.key());
      response = send(realm, method, path, body, token(realm));
    }
    return response;
  }

  private HttpResponse<String> send(
      KeycloakRealm realm, String method, String path, JsonStructure body, String token) {
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

  private String token(KeycloakRealm realm) {
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

  static void expect(int status, HttpResponse<String> response, String what) {
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

  static JsonValue parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new KeycloakRefused("Keycloak answered no JSON: " + e.getMessage());
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
