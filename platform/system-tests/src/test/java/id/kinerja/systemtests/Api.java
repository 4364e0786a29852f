package id.kinerja.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls a region's REST API by its host name; the test JVM resolves region hosts from {@code
 * src/test/hosts}.
 */
final class Api {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, parsed JSON body (or {@code null} if it is not JSON) and raw text. */
  record Answer(int status, JsonNode body, String text) {}

  private Api() {}

  /** GET {@code path} on the portal whose base URL is {@code portalUrl}, with a bearer token. */
  static Answer get(String portalUrl, String path, String token) {
    return send(portalUrl, path, token, "GET", null);
  }

  /** POST {@code path} without a body. */
  static Answer post(String portalUrl, String path, String token) {
    return send(portalUrl, path, token, "POST", null);
  }

  /** PUT {@code json} to {@code path}. */
  static Answer put(String portalUrl, String path, String token, String json) {
    return send(portalUrl, path, token, "PUT", json);
  }

  /** POST {@code json} to {@code path}. */
  static Answer post(String portalUrl, String path, String token, String json) {
    return send(portalUrl, path, token, "POST", json);
  }

  /**
   * POST {@code body} of type {@code contentType} (for example {@code text/csv}) to {@code path}.
   */
  static Answer post(String portalUrl, String path, String token, String body, String contentType) {
    return send(portalUrl, path, token, "POST", body, contentType);
  }

  private static Answer send(
      String portalUrl, String path, String token, String method, String json) {
    return send(portalUrl, path, token, method, json, "application/json");
  }

  private static Answer send(
      String portalUrl, String path, String token, String method, String json, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(portalUrl).resolve(path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = null;
      if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
        body = JSON.readTree(response.body());
      }
      return new Answer(response.statusCode(), body, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
