package id.kinerja.platform.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/admin/pegawai", "/penilaian/2025?periode=3&tab=rhk", "/skp#rhk-2"})
  void aPathInsideTheApplicationIsAccepted(String path) {
    assertEquals(Optional.of(path), ReturnPath.check(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "http://kupang.localhost:8080/",
        "//evil.example",
        "//evil.example/path",
        "/\\evil.example",
        "\\\\evil.example",
        "/x\\..\\evil",
        "javascript:alert(1)",
        "evil.example",
        "admin/pegawai",
        "/\t/evil.example",
        "/ /evil.example",
        "/\r\nSet-Cookie: a=b",
        "/oidc/login",
        "/oidc/logout",
        "/oidc/callback?code=x"
      })
  void absoluteUrlsOtherHostsAndLoginEndpointsAreRefused(String candidate) {
    assertTrue(ReturnPath.check(candidate).isEmpty(), candidate);
  }

  @Test
  void nothingOrTooLongFallsBackToTheRoot() {
    assertEquals("/", ReturnPath.orDefault(null));
    assertEquals("/", ReturnPath.orDefault(""));
    assertEquals("/", ReturnPath.orDefault("/" + "a".repeat(3000)));
    assertEquals("/", ReturnPath.orDefault("//evil.example"));
  }
}
