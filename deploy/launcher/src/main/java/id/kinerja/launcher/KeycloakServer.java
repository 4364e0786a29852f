package id.kinerja.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server distribution in dev mode ({@code kc.sh start-dev}) with given realms.
 *
 * <p>The distribution is unpacked once into a home folder that outlives {@code target/}, so that
 * Keycloak's build step (about 20 s here) runs only on the first start. Realms are written to
 * {@code <home>/data/import/} and imported into a new dev database; on later starts, a realm that
 * changed since it was imported (or is missing) is created again through the admin REST API (only
 * its clients when nothing else changed), and an unchanged one is left alone, so a warm start costs
 * no import.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.builder(home)
 *     .distribution(zip).port(8180).realms(generator.realms()).start()) {
 *   String token = keycloak.accessToken("tanjungbalai", "kinerja-portal", secret, "pegawai", pw);
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

  /** The master realm's administrator (the dev server's bootstrap admin). */
  public static final String ADMIN_USER = "admin";

  public static final String ADMIN_PASSWORD = "admin";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String STATE_FILE = "kinerja-realms.properties";
  private static final String CLIENTS = "#clients";
  private static final String PID_FILE = "kinerja-keycloak.pid";

  private final Path home;
  private final int port;
  private final int managementPort;
  private final Path log;
  private final Process process;
  private final boolean unpacked;
  private final boolean freshDatabase;
  private final long startedAt;
  private Duration startTime;
  private final Thread shutdownHook;
  private final List<String> replaced = new ArrayList<>();
  private AutoCloseable lock;
  private boolean closed;

  private KeycloakServer(
      Builder builder, Process process, boolean unpacked, boolean fresh, long t0) {
    this.home = builder.home;
    this.port = builder.port;
    this.managementPort = builder.managementPort;
    this.log = builder.log;
    this.process = process;
    this.unpacked = unpacked;
    this.freshDatabase = fresh;
    this.startedAt = t0;
    this.shutdownHook =
        builder.shutdownHook ? new Thread(this::close, "kinerja-keycloak-stop") : null;
  }

  /**
   * A server to be started.
   *
   * @param home where the distribution is (or will be) unpacked, for example {@code
   *     .kinerja/keycloak-26.7.3}; keep it outside {@code target/}
   */
  public static Builder builder(Path home) {
    return new Builder(home);
  }

  /** The server's base URL, for example {@code http://localhost:8180}. */
  public String url() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  /** The port of the management interface (health). */
  public int managementPort() {
    return managementPort;
  }

  /** The admin console, where {@value #ADMIN_USER} / {@value #ADMIN_PASSWORD} logs in. */
  public String adminConsoleUrl() {
    return url() + "/admin/master/console/";
  }

  /** A realm's issuer: {@code http://localhost:<port>/realms/<realm>}. */
  public String issuer(String realm) {
    return url() + "/realms/" + realm;
  }

  /** A realm's token endpoint. */
  public String tokenEndpoint(String realm) {
    return issuer(realm) + "/protocol/openid-connect/token";
  }

  /**
   * An access token by the password grant (the client must allow direct access grants).
   *
   * @throws IllegalStateException with Keycloak's answer when it refuses
   */
  public String accessToken(
      String realm, String clientId, String clientSecret, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    if (clientSecret != null) {
      form.put("client_secret", clientSecret);
    }
    form.put("username", username);
    form.put("password", password);
    form.put("scope", "openid");
    return tokenResponse(realm, form).get("access_token").asText();
  }

  /**
   * An access token by the client-credentials grant (the client's service account).
   *
   * @throws IllegalStateException with Keycloak's answer when it refuses
   */
  public String serviceAccountToken(String realm, String clientId, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return tokenResponse(realm, form).get("access_token").asText();
  }

  /** The unpacked distribution. */
  public Path home() {
    return home;
  }

  /** The server's output. */
  public Path log() {
    return log;
  }

  /** Whether this start unpacked the distribution (and so ran Keycloak's build step). */
  public boolean unpacked() {
    return unpacked;
  }

  /** Whether this start created the dev database (and imported every realm). */
  public boolean freshDatabase() {
    return freshDatabase;
  }

  /**
   * The realms this start created or replaced through the admin API (new or changed ones); {@code
   * "<realm> (clients)"} where only the portal clients were overwritten.
   */
  public List<String> replacedRealms() {
    return List.copyOf(replaced);
  }

  /** How long starting took, unpacking and realm updates included. */
  public Duration startTime() {
    return startTime;
  }

  /** The process started ({@code kc.sh}; the server's JVM is its child). */
  public ProcessHandle process() {
    return process.toHandle();
  }

  /** Stops Keycloak and {@code kc.sh} (SIGTERM to both, SIGKILL after 30 s). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Processes.removeHookUnlessRunning(shutdownHook);
    Processes.stop(process.toHandle(), home.resolve(PID_FILE));
    Processes.closeQuietly(lock);
  }

  @Override
  public String toString() {
    return "Keycloak at " + url() + " (home " + home + ")";
  }

  private JsonNode tokenResponse(String realm, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(tokenEndpoint(realm)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused a token for "
              + form.getOrDefault("username", form.get("client_id"))
              + " in realm "
              + realm
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak does not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /**
   * Brings the realms of a running server up to date. A new dev database imported them all at this
   * start. Otherwise, against what the state file says was imported last: a missing realm is
   * created; one whose settings or users changed is deleted and created again; one whose portal
   * clients alone changed (another portal port, as in tests on free ports) gets them overwritten by
   * a partial import, which takes a fraction of a second instead of seconds; a realm this class
   * created that is no longer wanted is deleted.
   */
  private void synchronizeRealms(Map<String, ObjectNode> realms) {
    Path stateFile = home.resolve("data").resolve(STATE_FILE);
    Properties imported = readState(stateFile);
    String token = null;
    for (Map.Entry<String, ObjectNode> entry : realms.entrySet()) {
      String name = entry.getKey();
      ObjectNode realm = entry.getValue();
      String realmHash = sha256(RealmGenerator.toJson(withoutClients(realm)));
      String clientsHash = sha256(RealmGenerator.toJson(clients(realm)));
      if (!freshDatabase) {
        token = token != null ? token : adminToken();
        boolean exists = admin(token, "GET", "/admin/realms/" + name, null).statusCode() == 200;
        if (!exists || !realmHash.equals(imported.getProperty(name))) {
          if (exists) {
            admin(token, "DELETE", "/admin/realms/" + name, null);
          }
          expect(201, admin(token, "POST", "/admin/realms", RealmGenerator.toJson(realm)), name);
          replaced.add(name);
        } else if (!clientsHash.equals(imported.getProperty(name + CLIENTS))) {
          ObjectNode partial = JSON.createObjectNode();
          partial.put("ifResourceExists", "OVERWRITE");
          partial.set("clients", clients(realm));
          String path = "/admin/realms/" + name + "/partialImport";
          expect(200, admin(token, "POST", path, RealmGenerator.toJson(partial)), name);
          restoreServiceAccounts(token, name, realm);
          restoreScopeMappings(token, name, realm);
          restoreClientScopeMappings(token, name, realm);
          replaced.add(name + " (clients)");
        }
      }
      imported.setProperty(name, realmHash);
      imported.setProperty(name + CLIENTS, clientsHash);
    }
    for (String stale : Set.copyOf(imported.stringPropertyNames())) {
      if (!stale.endsWith(CLIENTS) && !realms.containsKey(stale)) {
        token = token != null ? token : adminToken();
        admin(token, "DELETE", "/admin/realms/" + stale, null);
        imported.remove(stale);
        imported.remove(stale + CLIENTS);
      }
    }
    writeState(stateFile, imported);
  }

  /**
   * Overwriting a client drops its realm-role scope mappings, which a partial import cannot carry:
   * without them a client with {@code fullScopeAllowed} off puts no roles in its tokens.
   */
  private void restoreScopeMappings(String token, String name, ObjectNode realm) {
    if (!realm.has("scopeMappings")) {
      return;
    }
    String base = "/admin/realms/" + name;
    for (JsonNode mapping : realm.get("scopeMappings")) {
      if (!mapping.has("client")) {
        continue;
      }
      String clientId = mapping.get("client").asText();
      JsonNode found =
          json(
              admin(
                  token,
                  "GET",
                  base + "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                  null));
      if (found.isEmpty()) {
        throw new IllegalStateException("Realm " + name + " has no client " + clientId);
      }
      ArrayNode roles = JSON.createArrayNode();
      for (JsonNode role : mapping.get("roles")) {
        roles.add(json(admin(token, "GET", base + "/roles/" + role.asText(), null)));
      }
      String path = base + "/clients/" + found.get(0).get("id").asText() + "/scope-mappings/realm";
      expect(204, admin(token, "POST", path, RealmGenerator.toJson(roles)), name);
    }
  }

  /**
   * Overwriting a client deletes its service-account user (and Keycloak does not create it again),
   * so the client-credentials grant would fail: the service-account users of the realm, with their
   * {@code realm-management} roles, are imported again after the clients.
   */
  private void restoreServiceAccounts(String token, String name, ObjectNode realm) {
    ArrayNode accounts = JSON.createArrayNode();
    if (realm.has("users")) {
      for (JsonNode user : realm.get("users")) {
        if (user.has("serviceAccountClientId")) {
          accounts.add(user);
        }
      }
    }
    if (accounts.isEmpty()) {
      return;
    }
    ObjectNode partial = JSON.createObjectNode();
    partial.put("ifResourceExists", "OVERWRITE");
    partial.set("users", accounts);
    String path = "/admin/realms/" + name + "/partialImport";
    expect(200, admin(token, "POST", path, RealmGenerator.toJson(partial)), name);
  }

  /**
   * Overwriting a client also drops its client-role scope mappings (the {@code realm-management}
   * roles its service account needs in its tokens): they are added again.
   */
  private void restoreClientScopeMappings(String token, String name, ObjectNode realm) {
    if (!realm.has("clientScopeMappings")) {
      return;
    }
    String base = "/admin/realms/" + name;
    var roleClients = realm.get("clientScopeMappings").fields();
    while (roleClients.hasNext()) {
      var entry = roleClients.next();
      String roleClientId = clientUuid(token, base, name, entry.getKey());
      for (JsonNode mapping : entry.getValue()) {
        if (!mapping.has("client")) {
          continue;
        }
        String scoped = clientUuid(token, base, name, mapping.get("client").asText());
        ArrayNode roles = JSON.createArrayNode();
        for (JsonNode role : mapping.get("roles")) {
          String rolePath =
              base
                  + "/clients/"
                  + roleClientId
                  + "/roles/"
                  + URLEncoder.encode(role.asText(), StandardCharsets.UTF_8);
          roles.add(json(admin(token, "GET", rolePath, null)));
        }
        String path = base + "/clients/" + scoped + "/scope-mappings/clients/" + roleClientId;
        expect(204, admin(token, "POST", path, RealmGenerator.toJson(roles)), name);
      }
    }
  }

  private String clientUuid(String token, String base, String realm, String clientId) {
    JsonNode found =
        json(
            admin(
                token,
                "GET",
                base + "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                null));
    if (found.isEmpty()) {
      throw new IllegalStateException("Realm " + realm + " has no client " + clientId);
    }
    return found.get(0).get("id").asText();
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode withoutClients(ObjectNode realm) {
    ObjectNode rest = realm.deepCopy();
    rest.remove("clients");
    return rest;
  }

  private static JsonNode clients(ObjectNode realm) {
    return realm.has("clients") ? realm.get("clients") : JSON.createArrayNode();
  }

  private static void expect(int status, HttpResponse<String> response, String realm) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Keycloak refused realm " + realm + ": " + response.statusCode() + " " + response.body());
    }
  }

  private String adminToken() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", "admin-cli");
    form.put("username", ADMIN_USER);
    form.put("password", ADMIN_PASSWORD);
    return tokenResponse("master", form).get("access_token").asText();
  }

  private HttpResponse<String> admin(String token, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + token);
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = send(request);
    if (response.statusCode() >= 400 && response.statusCode() != 404) {
      throw new IllegalStateException(
          "Keycloak admin API: "
              + method
              + " "
              + path
              + " answered "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response;
  }

  private static Properties readState(Path file) {
    Properties state = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        state.load(in);
      } catch (IOException e) {
        // unknown state: every realm is replaced
      }
    }
    return state;
  }

  private static void writeState(Path file, Properties state) {
    try (OutputStream out = Files.newOutputStream(file)) {
      state.store(out, "Realms imported by the Kinerja launcher: name = SHA-256 of the JSON");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What to start. */
  public static final class Builder {
    private final Path home;
    private Path distribution;
    private int port = 8180;
    private int managementPort;
    private Map<String, ObjectNode> realms = Map.of();
    private Path log;
    private Duration startTimeout = Duration.ofMinutes(10);
    private boolean shutdownHook = true;
    private final List<String> options = new ArrayList<>();
    private String javaOptions = "-XX:TieredStopAtLevel=1";

    private Builder(Path home) {
      this.home = home.toAbsolutePath().normalize();
    }

    /** The {@code keycloak-quarkus-dist} zip; needed only while the home is not unpacked yet. */
    public Builder distribution(Path zip) {
      this.distribution = zip;
      return this;
    }

    /** The HTTP port (default 8180), 0 for a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The management (health) port, 0 (the default) for a free one. */
    public Builder managementPort(int port) {
      this.managementPort = port;
      return this;
    }

    /** The realms, by name: representations as {@link RealmGenerator} makes them. */
    public Builder realms(Map<String, ? extends ObjectNode> realms) {
      Map<String, ObjectNode> copies = new LinkedHashMap<>();
      realms.forEach((name, realm) -> copies.put(name, realm.deepCopy()));
      this.realms = copies;
      return this;
    }

    /** Where the server's output goes (default: {@code keycloak.log} beside the home). */
    public Builder log(Path log) {
      this.log = log;
      return this;
    }

    /**
     * The longest the start may take however it progresses (default 10 minutes); it gives up
     * earlier when the server stops or makes no progress for {@link StartupWait#DEFAULT_STALL}.
     */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    private static StartupWait.Probe.Answer probe(String health) {
      int status = Processes.status(health);
      return status == 200
          ? StartupWait.Probe.Answer.isReady()
          : StartupWait.Probe.Answer.waiting(
              "GET " + health + " to answer 200 (it answers " + Processes.describe(status) + ")");
    }

    /** Whether the JVM's end stops the server (default true). */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * JVM options added to Keycloak's own ({@code JAVA_OPTS_APPEND}). The default, {@code
     * -XX:TieredStopAtLevel=1}, made a warm start about a third faster here (14 s instead of 21 s
     * on 2 busy cores) and used less memory, for about 100 ms more per token request.
     */
    public Builder javaOptions(String options) {
      this.javaOptions = options == null ? "" : options;
      return this;
    }

    /** An extra {@code kc.sh start-dev} option, for example {@code --log-level=debug}. */
    public Builder option(String option) {
      this.options.add(option);
      return this;
    }

    /**
     * Unpacks the distribution if needed, writes the realms, starts the server, waits until it is
     * ready and brings the realms up to date.
     *
     * @throws IllegalStateException naming the log when the server does not start
     */
    public KeycloakServer start() {
      long t0 = System.nanoTime();
      port = Processes.portOrFree(port);
      managementPort = Processes.portOrFree(managementPort);
      if (log == null) {
        log = home.resolveSibling("keycloak.log");
      }
      AutoCloseable lock =
          Processes.lock(
              home.resolveSibling(home.getFileName() + ".lock"), "Keycloak home " + home);
      try {
        Processes.stopOrphans(home.resolve(PID_FILE), home.toString());
        Processes.requireFree(port, "Keycloak");
        Processes.requireFree(managementPort, "Keycloak's management interface");
        boolean unpacked = unpackIfNeeded();
        Path data = home.resolve("data");
        boolean fresh = !Files.isDirectory(data.resolve("h2"));
        if (fresh) {
          Files.deleteIfExists(data.resolve(STATE_FILE));
        }
        writeRealms(data.resolve("import"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "");
        Process process = launch(fresh);
        Thread whileStarting = Processes.stopOnExit(process);
        Processes.writePids(home.resolve(PID_FILE), process.toHandle());
        KeycloakServer server = new KeycloakServer(this, process, unpacked, fresh, t0);
        server.lock = lock;
        try {
          String health = "http://localhost:" + managementPort + "/health/ready";
          new StartupWait("Keycloak", process, log, startTimeout, StartupWait.DEFAULT_STALL)
              .await(() -> probe(health));
          Processes.writePids(home.resolve(PID_FILE), process.toHandle());
          server.synchronizeRealms(realms);
        } catch (RuntimeException e) {
          server.close();
          throw e;
        } finally {
          Processes.removeHook(whileStarting);
        }
        if (server.shutdownHook != null) {
          Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        }
        server.startTime = Duration.ofNanos(System.nanoTime() - server.startedAt);
        return server;
      } catch (IOException e) {
        Processes.closeQuietly(lock);
        throw new UncheckedIOException("Cannot start Keycloak in " + home, e);
      } catch (RuntimeException e) {
        Processes.closeQuietly(lock);
        throw e;
      }
    }

    private Process launch(boolean fresh) throws IOException {
      List<String> command = new ArrayList<>();
      command.add("/bin/sh");
      command.add(home.resolve("bin/kc.sh").toString());
      command.add("start-dev");
      command.add("--http-port=" + port);
      command.add("--http-management-port=" + managementPort);
      command.add("--health-enabled=true");
      command.add("--log-console-color=false");
      // Only a new dev database imports from data/import: on an existing one the import would skip
      // every existing realm anyway, and synchronizeRealms() replaces the changed ones.
      if (fresh) {
        command.add("--import-realm");
      }
      command.addAll(options);
      ProcessBuilder builder = new ProcessBuilder(Processes.detached(command));
      builder.directory(home.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS"));
      env.put("JAVA_HOME", System.getProperty("java.home"));
      if (!javaOptions.isBlank()) {
        env.put("JAVA_OPTS_APPEND", javaOptions);
      }
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      return builder.start();
    }

    private void writeRealms(Path importDir) throws IOException {
      Files.createDirectories(importDir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, "*.json")) {
        for (Path file : old) {
          String name = file.getFileName().toString().replaceFirst("\\.json$", "");
          if (!realms.containsKey(name)) {
            Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, ObjectNode> realm : realms.entrySet()) {
        Files.writeString(
            importDir.resolve(realm.getKey() + ".json"), RealmGenerator.toJson(realm.getValue()));
      }
    }

    private boolean unpackIfNeeded() throws IOException {
      if (Files.isRegularFile(home.resolve("lib/quarkus-run.jar"))
          && Files.isRegularFile(home.resolve("bin/kc.sh"))) {
        return false;
      }
      if (distribution == null || !Files.isRegularFile(distribution)) {
        throw new IllegalStateException(
            "Keycloak is not unpacked in "
                + home
                + " and its distribution zip "
                + (distribution == null ? "was not given" : distribution + " is missing")
                + ": build the launcher first (mvn -pl deploy/launcher -am package)");
      }
      Path partial = home.resolveSibling(home.getFileName() + ".partial");
      Processes.deleteTree(partial);
      Processes.deleteTree(home);
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          String name = entry.getName();
          int slash = name.indexOf('/');
          if (slash < 0 || slash == name.length() - 1) {
            continue; // the top folder itself
          }
          Path target = partial.resolve(name.substring(slash + 1)).normalize();
          if (!target.startsWith(partial)) {
            throw new IOException("Zip entry outside its folder: " + name);
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      try (Stream<Path> scripts = Files.list(partial.resolve("bin"))) {
        for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
          Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
          permissions.add(PosixFilePermission.OWNER_EXECUTE);
          permissions.add(PosixFilePermission.GROUP_EXECUTE);
          Files.setPosixFilePermissions(script, permissions);
        }
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: kc.sh is started through sh anyway
      }
      Files.createDirectories(home.getParent());
      Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
      return true;
    }
  }
}
