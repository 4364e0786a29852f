package id.kinerja.platform.security.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Keycloak with one realm per region: discovery, JWKS, a token endpoint that checks
 * client_secret_basic and PKCE, and signed ID and access tokens. For unit tests only.
 */
final class StubRealms implements AutoCloseable {

  static final String CLIENT = "kinerja-portal";

  /** One realm: its key and the authorization codes it has issued. */
  final class Realm {
    final String name;
    final String secret;
    final RSAKey key;
    final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    final Map<String, String> lastTokenRequest = new ConcurrentHashMap<>();

    Realm(String name, String secret) throws JOSEException {
      this.name = name;
      this.secret = secret;
      this.key = new RSAKeyGenerator(2048).keyID(name + "-key").generate();
    }

    String issuer() {
      return baseUrl() + "/realms/" + name;
    }

    /**
     * Plays the user logging in: a code for the authorization request the browser was sent with.
     */
    String authorize(URI authorizationRequest, String nip, List<String> roles) {
      Map<String, String> query = query(authorizationRequest.getRawQuery());
      Map<String, String> grant = new HashMap<>(query);
      grant.put("nip", nip);
      grant.put("roles", String.join(",", roles));
      String code = "code-" + codes.size() + "-" + name;
      codes.put(code, grant);
      return code;
    }

    String accessToken(String nip, List<String> roles) throws JOSEException {
      Instant now = Instant.now();
      return sign(
          new JWTClaimsSet.Builder()
              .issuer(issuer())
              .subject("sub-" + nip)
              .audience(List.of(CLIENT, "account"))
              .claim("azp", CLIENT)
              .claim("typ", "Bearer")
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plusSeconds(300)))
              .claim("nip", nip)
              .claim("name", "Pegawai " + nip)
              .claim("roles", roles)
              .build());
    }

    String idToken(String nip, List<String> roles, String nonce) throws JOSEException {
      Instant now = Instant.now();
      return sign(
          new JWTClaimsSet.Builder()
              .issuer(issuer())
              .subject("sub-" + nip)
              .audience(CLIENT)
              .claim("azp", CLIENT)
              .claim("typ", "ID")
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plusSeconds(300)))
              .claim("nonce", nonce)
              .claim("nip", nip)
              .claim("name", "Pegawai " + nip)
              .claim("roles", roles)
              .build());
    }

    private String sign(JWTClaimsSet claims) throws JOSEException {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    }
  }

  private final HttpServer server;
  private final Map<String, Realm> realms = new HashMap<>();

  StubRealms(Map<String, String> secretsByRealm) throws IOException, JOSEException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (Map.Entry<String, String> realm : secretsByRealm.entrySet()) {
      realms.put(realm.getKey(), new Realm(realm.getKey(), realm.getValue()));
    }
    server.createContext("/realms/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  Realm realm(String name) {
    return realms.get(name);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/", 4); // "", realms, name, rest
    Realm realm = parts.length == 4 ? realms.get(parts[2]) : null;
    if (realm == null) {
      send(exchange, 404, "{\"error\":\"Realm does not exist\"}");
      return;
    }
    String base = realm.issuer() + "/protocol/openid-connect";
    try {
      switch (parts[3]) {
        case ".well-known/openid-configuration" ->
            send(
                exchange,
                200,
                """
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth",
                 "token_endpoint":"%2$s/token","jwks_uri":"%2$s/certs",
                 "end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "code_challenge_methods_supported":["S256"]}
                """
                    .formatted(realm.issuer(), base));
        case "protocol/openid-connect/certs" ->
            send(exchange, 200, new JWKSet(realm.key.toPublicJWK()).toString());
        case "protocol/openid-connect/token" -> token(exchange, realm);
        default -> send(exchange, 404, "{}");
      }
    } catch (JOSEException | NoSuchAlgorithmException e) {
      send(exchange, 500, "{}");
    }
  }

  private void token(HttpExchange exchange, Realm realm)
      throws IOException, JOSEException, NoSuchAlgorithmException {
    Map<String, String> form =
        query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    realm.lastTokenRequest.clear();
    realm.lastTokenRequest.putAll(form);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT + ":" + realm.secret).getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "{\"error\":\"unauthorized_client\"}");
      return;
    }
    Map<String, String> grant = realm.codes.remove(form.getOrDefault("code", ""));
    if (grant == null
        || !"authorization_code".equals(form.get("grant_type"))
        || !grant.get("redirect_uri").equals(form.get("redirect_uri"))
        || !"S256".equals(grant.get("code_challenge_method"))
        || !s256(form.getOrDefault("code_verifier", "")).equals(grant.get("code_challenge"))) {
      send(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    List<String> roles = List.of(grant.get("roles").split(","));
    String nip = grant.get("nip");
    send(
        exchange,
        200,
        "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"%s\"}"
            .formatted(
                realm.accessToken(nip, roles), realm.idToken(nip, roles, grant.get("nonce"))));
  }

  private static String s256(String verifier) throws NoSuchAlgorithmException {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64URL.encode(hash).toString();
  }

  static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
