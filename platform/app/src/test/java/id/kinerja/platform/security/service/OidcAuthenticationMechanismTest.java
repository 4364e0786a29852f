package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import id.kinerja.platform.security.service.FakeHttp.Context;
import id.kinerja.platform.security.service.FakeHttp.Request;
import id.kinerja.platform.security.service.FakeHttp.Response;
import id.kinerja.platform.security.service.FakeHttp.Session;
import id.kinerja.platform.tenancy.service.PlatformConfig;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.security.enterprise.AuthenticationStatus;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mechanism's flows against stand-in realms, without a server. */
class OidcAuthenticationMechanismTest {

  private static final String KUPANG_HOST = "kupang.localhost";
  private static final String BUNGO_HOST = "bungo.localhost";
  private static final String NIP = "198608022013031030";

  private static StubRealms realms;
  private OidcAuthenticationMechanism mechanism;

  @BeforeAll
  static void startRealms() throws Exception {
    realms = new StubRealms(Map.of("kupang", "kupang-secret", "bungo", "bungo-secret"));
  }

  @AfterAll
  static void stopRealms() {
    realms.close();
  }

  private static TenantDefinition region(String code, String secret) {
    return new TenantDefinition(
        code,
        "Pemerintah " + code,
        TenantDefinition.Kind.KOTA,
        ZoneId.of("Asia/Makassar"),
        List.of(),
        TenantDefinition.EvaluationPeriod.MONTHLY,
        new TenantDefinition.Identity(
            code, Optional.empty(), StubRealms.CLIENT, secret, Optional.empty()),
        Map.of(),
        TenantDefinition.Deadlines.DEFAULT,
        Optional.empty());
  }

  @BeforeEach
  void mechanism() {
    Map<String, TenantDefinition> byHost =
        Map.of(
            KUPANG_HOST, region("kupang", "kupang-secret"),
            BUNGO_HOST, region("bungo", "bungo-secret"));
    mechanism = new OidcAuthenticationMechanism();
    mechanism.registry =
        new TenantRegistry() {
          @Override
          public Optional<TenantDefinition> byHost(String host) {
            return Optional.ofNullable(byHost.get(host));
          }
        };
    mechanism.config =
        new PlatformConfig() {
          @Override
          public String oidcServerUrl() {
            return realms.baseUrl();
          }
        };
    mechanism.loginLifetime = "PT10H";
  }

  private record Outcome(AuthenticationStatus status, Response response, Context context) {}

  private Outcome run(Request request) throws Exception {
    Response response = new Response();
    Context context = new Context();
    AuthenticationStatus status =
        mechanism.validateRequest(request.proxy(), response.proxy(), context.proxy(response));
    return new Outcome(status, response, context);
  }

  private static Session loggedIn(String region, Instant expiresAt) {
    Session session = new Session();
    session.attributes.put(
        LoginRecord.SESSION_ATTRIBUTE,
        new LoginRecord(
            region, "sub", NIP, "Yohanes", Set.of("employee", "admin"), "a.b.c", expiresAt));
    return session;
  }

  // ---- host and session ----

  @Test
  void anUnknownHostIsLeftToTheTenantFilter() throws Exception {
    Outcome outcome = run(new Request("evil.localhost", "/oidc/login", null));

    assertTrue(outcome.context().didNothing);
    assertEquals(AuthenticationStatus.NOT_DONE, outcome.status());
  }

  @Test
  void aVisitorWithoutSessionStaysAnonymousAndNoSessionIsCreated() throws Exception {
    Request request = new Request(KUPANG_HOST, "/VAADIN/build/app.js", null);
    Outcome outcome = run(request);

    assertTrue(outcome.context().didNothing);
    assertNull(request.session);
  }

  @Test
  void theSessionLoginIsAssertedOnItsOwnRegionWithNipAndRoles() throws Exception {
    Request request =
        new Request(KUPANG_HOST, "/", loggedIn("kupang", Instant.now().plusSeconds(600)));
    Outcome outcome = run(request);

    assertEquals(AuthenticationStatus.SUCCESS, outcome.status());
    assertEquals(NIP, outcome.context().caller);
    assertEquals(Set.of("employee", "admin"), outcome.context().groups);
    assertInstanceOf(
        Caller.class, request.attributes.get(OidcAuthenticationMechanism.CALLER_ATTRIBUTE));
  }

  @Test
  void aSessionLoginOfAnotherRegionIsIgnoredAndKept() throws Exception {
    Session kupang = loggedIn("kupang", Instant.now().plusSeconds(600));
    Outcome outcome = run(new Request(BUNGO_HOST, "/", kupang));

    assertTrue(outcome.context().didNothing);
    assertNull(outcome.context().caller);
    assertTrue(kupang.attributes.containsKey(LoginRecord.SESSION_ATTRIBUTE));
  }

  @Test
  void anExpiredSessionLoginIsDropped() throws Exception {
    Session session = loggedIn("kupang", Instant.now().minusSeconds(1));
    Outcome outcome = run(new Request(KUPANG_HOST, "/", session));

    assertTrue(outcome.context().didNothing);
    assertFalse(session.attributes.containsKey(LoginRecord.SESSION_ATTRIBUTE));
  }

  // ---- API ----

  @Test
  void theApiWithoutTokenAnswers401JsonWithABearerChallenge() throws Exception {
    Outcome outcome = run(new Request(KUPANG_HOST, "/api/v1/me", null));

    assertEquals(AuthenticationStatus.SEND_CONTINUE, outcome.status());
    assertEquals(401, outcome.response().status);
    assertTrue(outcome.response().header("WWW-Authenticate").startsWith("Bearer"));
    assertTrue(outcome.response().contentType.startsWith("application/json"));
    assertTrue(outcome.response().body.toString().startsWith("{\"error\":\"unauthorized\""));
    assertTrue(outcome.response().body.toString().contains(" / "));
  }

  @Test
  void theApiDoesNotAcceptTheSessionCookie() throws Exception {
    Outcome outcome =
        run(
            new Request(
                KUPANG_HOST, "/api/v1/me", loggedIn("kupang", Instant.now().plusSeconds(600))));

    assertEquals(401, outcome.response().status);
    assertNull(outcome.context().caller);
  }

  @Test
  void theApiAcceptsThisRegionsAccessToken() throws Exception {
    String token = realms.realm("kupang").accessToken(NIP, List.of("auditor"));
    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/api/v1/me", null)
                .header("Authorization", "Bearer " + token));

    assertEquals(AuthenticationStatus.SUCCESS, outcome.status());
    assertEquals(NIP, outcome.context().caller);
    assertEquals(Set.of("auditor"), outcome.context().groups);
  }

  @Test
  void theApiRefusesAnotherRegionsAccessToken() throws Exception {
    String bungoToken = realms.realm("bungo").accessToken(NIP, List.of("admin"));
    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/api/v1/me", null)
                .header("Authorization", "Bearer " + bungoToken));

    assertEquals(401, outcome.response().status);
    assertTrue(outcome.response().header("WWW-Authenticate").contains("invalid_token"));
    assertTrue(outcome.response().body.toString().startsWith("{\"error\":\"invalid_token\""));
    assertNull(outcome.context().caller);
  }

  @Test
  void theApiRefusesAnIdToken() throws Exception {
    String idToken = realms.realm("kupang").idToken(NIP, List.of("admin"), "n");
    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/api/v1/me", null)
                .header("Authorization", "Bearer " + idToken));

    assertEquals(401, outcome.response().status);
    assertNull(outcome.context().caller);
  }

  @Test
  void theHealthEndpointIsOpen() throws Exception {
    Outcome outcome = run(new Request(KUPANG_HOST, "/api/v1/health", null));

    assertTrue(outcome.context().didNothing);
  }

  // ---- login ----

  @Test
  void loginSendsTheBrowserToTheRegionsRealmWithPkceStateAndNonce() throws Exception {
    Request request = new Request(KUPANG_HOST, "/oidc/login", null).param("return", "/skp?tab=2");
    Outcome outcome = run(request);

    assertEquals(302, outcome.response().status);
    URI location = URI.create(outcome.response().header("Location"));
    assertTrue(location.toString().startsWith(realms.realm("kupang").issuer() + "/"));
    Map<String, String> query = StubRealms.query(location.getRawQuery());
    assertEquals("code", query.get("response_type"));
    assertEquals(StubRealms.CLIENT, query.get("client_id"));
    assertEquals("http://kupang.localhost:8080/oidc/callback", query.get("redirect_uri"));
    assertEquals("S256", query.get("code_challenge_method"));
    assertTrue(query.get("scope").contains("openid"));
    PendingLogin pending = PendingLogin.take(request.session.proxy(), query.get("state"));
    assertEquals(query.get("nonce"), pending.nonce());
    assertEquals("/skp?tab=2", pending.returnPath());
  }

  @Test
  void loginIgnoresAReturnToAnotherSite() throws Exception {
    Request request =
        new Request(KUPANG_HOST, "/oidc/login", null).param("return", "//evil.example/x");
    Outcome outcome = run(request);

    Map<String, String> query =
        StubRealms.query(URI.create(outcome.response().header("Location")).getRawQuery());
    assertEquals("/", PendingLogin.take(request.session.proxy(), query.get("state")).returnPath());
  }

  @Test
  void withoutReturnTheLoginGoesBackToTheViewVaadinWanted() throws Exception {
    Session session = new Session();
    session.attributes.put(NavigationAccessControl.SESSION_STORED_REDIRECT, "admin/pegawai?q=1");
    Request request = new Request(KUPANG_HOST, "/oidc/login", session);
    Outcome outcome = run(request);

    Map<String, String> query =
        StubRealms.query(URI.create(outcome.response().header("Location")).getRawQuery());
    assertEquals(
        "/admin/pegawai?q=1", PendingLogin.take(session.proxy(), query.get("state")).returnPath());
  }

  @Test
  void loginWhenAlreadyLoggedInToThisRegionGoesStraightBack() throws Exception {
    Session session = loggedIn("kupang", Instant.now().plusSeconds(600));
    Outcome outcome = run(new Request(KUPANG_HOST, "/oidc/login", session).param("return", "/skp"));

    assertEquals("/skp", outcome.response().header("Location"));
  }

  @Test
  void aCompleteLoginKeepsARecordChangesTheSessionIdAndReturns() throws Exception {
    Request login = new Request(KUPANG_HOST, "/oidc/login", null).param("return", "/skp");
    URI authorization = URI.create(run(login).response().header("Location"));
    Map<String, String> query = StubRealms.query(authorization.getRawQuery());
    String code = realms.realm("kupang").authorize(authorization, NIP, List.of("employee"));
    Session session = login.session;
    String idBefore = session.id;

    Request callback =
        new Request(KUPANG_HOST, "/oidc/callback", session)
            .param("state", query.get("state"))
            .param("code", code)
            .param("iss", realms.realm("kupang").issuer());
    Outcome outcome = run(callback);

    assertEquals(302, outcome.response().status);
    assertEquals("/skp", outcome.response().header("Location"));
    assertTrue(callback.sessionIdChanged);
    assertNotEquals(idBefore, session.id);
    LoginRecord record = (LoginRecord) session.attributes.get(LoginRecord.SESSION_ATTRIBUTE);
    assertEquals("kupang", record.region());
    assertEquals(NIP, record.nip());
    assertEquals(Set.of("employee"), record.roles());
    assertTrue(record.expiresAt().isAfter(Instant.now().plusSeconds(9 * 3600)));
    assertEquals(
        "http://kupang.localhost:8080/oidc/callback",
        realms.realm("kupang").lastTokenRequest.get("redirect_uri"));

    // The login holds on kupang and not on bungo.
    assertEquals(NIP, run(new Request(KUPANG_HOST, "/", session)).context().caller);
    assertNull(run(new Request(BUNGO_HOST, "/", session)).context().caller);
  }

  @Test
  void aCallbackWithAnUnknownStateGetsA400PageInBothLanguages() throws Exception {
    Request login = new Request(KUPANG_HOST, "/oidc/login", null);
    URI authorization = URI.create(run(login).response().header("Location"));
    String code = realms.realm("kupang").authorize(authorization, NIP, List.of("employee"));

    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/oidc/callback", login.session)
                .param("state", "forged")
                .param("code", code));

    assertEquals(400, outcome.response().status);
    String page = outcome.response().body.toString();
    assertTrue(
        page.indexOf("Login tidak dapat diselesaikan") < page.indexOf("could not be completed"));
    assertFalse(page.contains("Exception"));
    assertFalse(login.session.attributes.containsKey(LoginRecord.SESSION_ATTRIBUTE));
  }

  @Test
  void aCallbackOnAnotherRegionsHostIsRefused() throws Exception {
    Request login = new Request(KUPANG_HOST, "/oidc/login", null);
    URI authorization = URI.create(run(login).response().header("Location"));
    Map<String, String> query = StubRealms.query(authorization.getRawQuery());
    String code = realms.realm("kupang").authorize(authorization, NIP, List.of("employee"));

    Outcome outcome =
        run(
            new Request(BUNGO_HOST, "/oidc/callback", login.session)
                .param("state", query.get("state"))
                .param("code", code));

    assertEquals(400, outcome.response().status);
    assertFalse(login.session.attributes.containsKey(LoginRecord.SESSION_ATTRIBUTE));
  }

  @Test
  void aCancelledLoginGetsA400Page() throws Exception {
    Request login = new Request(KUPANG_HOST, "/oidc/login", null);
    URI authorization = URI.create(run(login).response().header("Location"));
    Map<String, String> query = StubRealms.query(authorization.getRawQuery());

    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/oidc/callback", login.session)
                .param("state", query.get("state"))
                .param("error", "access_denied"));

    assertEquals(400, outcome.response().status);
    assertTrue(outcome.response().body.toString().contains("Login dibatalkan"));
  }

  @Test
  void aCodeFromAnotherRealmIsRefused() throws Exception {
    Request login = new Request(KUPANG_HOST, "/oidc/login", null);
    URI authorization = URI.create(run(login).response().header("Location"));
    Map<String, String> query = StubRealms.query(authorization.getRawQuery());
    String bungoCode = realms.realm("bungo").authorize(authorization, NIP, List.of("admin"));

    Outcome outcome =
        run(
            new Request(KUPANG_HOST, "/oidc/callback", login.session)
                .param("state", query.get("state"))
                .param("code", bungoCode));

    assertEquals(400, outcome.response().status);
    assertFalse(login.session.attributes.containsKey(LoginRecord.SESSION_ATTRIBUTE));
  }

  // ---- logout ----

  @Test
  void logoutEndsTheSessionAndGoesToTheRealmsEndSession() throws Exception {
    Session session = loggedIn("kupang", Instant.now().plusSeconds(600));
    session.attributes.put(
        LoginRecord.SESSION_ATTRIBUTE,
        new LoginRecord(
            "kupang",
            "sub",
            NIP,
            "Yohanes",
            Set.of("employee"),
            realms.realm("kupang").idToken(NIP, List.of("employee"), "n"),
            Instant.now().plusSeconds(600)));
    Outcome outcome = run(new Request(KUPANG_HOST, "/oidc/logout", session));

    assertTrue(session.invalidated);
    URI location = URI.create(outcome.response().header("Location"));
    assertTrue(location.toString().startsWith(realms.realm("kupang").issuer() + "/"));
    Map<String, String> query = StubRealms.query(location.getRawQuery());
    assertEquals("http://kupang.localhost:8080/", query.get("post_logout_redirect_uri"));
    assertTrue(query.containsKey("id_token_hint"));
  }

  @Test
  void logoutWithoutLoginGoesHome() throws Exception {
    Outcome outcome = run(new Request(KUPANG_HOST, "/oidc/logout", null));

    assertEquals("/", outcome.response().header("Location"));
  }

  @Test
  void logoutOnAnotherRegionLeavesThatLoginAlone() throws Exception {
    Session kupang = loggedIn("kupang", Instant.now().plusSeconds(600));
    Outcome outcome = run(new Request(BUNGO_HOST, "/oidc/logout", kupang));

    assertEquals("/", outcome.response().header("Location"));
    assertFalse(kupang.invalidated);
  }
}
