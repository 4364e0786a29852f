package id.kinerja.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code tenant.yaml} files from a temporary tenants-config folder. */
class TenantsConfigTest {

  private static final String VALID =
      """
      name: Pemerintah Kota Contoh
      kind: kota
      timeZone: Asia/Jakarta
      evaluationPeriod: quarterly
      identity:
        realm: contoh
        clientId: kinerja-portal
        clientSecret: %s
      """;

  @TempDir Path root;

  @Test
  void aTenantYamlWithoutNameIsRefusedNamingTheFile() throws IOException {
    Path file =
        write(
            "contoh",
            """
            kind: kota
            timeZone: Asia/Jakarta
            evaluationPeriod: monthly
            identity:
              clientSecret: contoh-dev-secret
            """);
    TenantConfigException e =
        assertThrows(TenantConfigException.class, () -> TenantsConfig.at(root).tenants());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
  }

  @Test
  void anEnvironmentReferenceInClientSecretIsResolvedFromTheEnvironment() throws IOException {
    write("contoh", VALID.formatted("${KINERJA_CONTOH_CLIENT_SECRET}"));
    TenantsConfig config =
        new TenantsConfig(root, Map.of("KINERJA_CONTOH_CLIENT_SECRET", "s3cret$1\\x")::get);
    List<TenantDefinition> tenants = config.tenants();
    assertEquals(1, tenants.size());
    assertEquals("contoh", tenants.get(0).code());
    assertEquals("s3cret$1\\x", tenants.get(0).identity().clientSecret());
  }

  @Test
  void anUnsetEnvironmentVariableInClientSecretIsAnError() throws IOException {
    Path file = write("contoh", VALID.formatted("${KINERJA_CONTOH_CLIENT_SECRET}"));
    TenantsConfig config = new TenantsConfig(root, Map.<String, String>of()::get);
    TenantConfigException e = assertThrows(TenantConfigException.class, config::tenants);
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("KINERJA_CONTOH_CLIENT_SECRET"), e.getMessage());
  }

  @Test
  void anUnknownYamlKeyIsRefused() throws IOException {
    Path file = write("contoh", VALID.formatted("contoh-dev-secret") + "colour: blue\n");
    TenantConfigException e =
        assertThrows(TenantConfigException.class, () -> TenantsConfig.at(root).tenants());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("colour"), e.getMessage());
  }

  private Path write(String code, String yaml) throws IOException {
    Path folder = Files.createDirectories(root.resolve(code));
    return Files.writeString(folder.resolve("tenant.yaml"), yaml);
  }
}
