package id.kinerja.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server distributions the launcher was built with: the build copies them to {@code
 * deploy/launcher/target/runtime/}; where that folder is missing (the launcher jar came from the
 * local Maven repository), the local repository's copies serve.
 */
final class Distributions {

  static final String PAYARA_MICRO_JAR = "payara-micro.jar";
  static final String KEYCLOAK_ZIP = "keycloak.zip";

  private static final Properties VERSIONS = load();

  private Distributions() {}

  static String keycloakVersion() {
    return VERSIONS.getProperty("keycloak.version");
  }

  static String payaraMicroVersion() {
    return VERSIONS.getProperty("payara-micro.version");
  }

  static Path payaraMicroJar(Path runtimeDir) {
    String version = payaraMicroVersion();
    return locate(
        runtimeDir.resolve(PAYARA_MICRO_JAR),
        "fish/payara/extras/payara-micro/" + version + "/payara-micro-" + version + ".jar");
  }

  static Path keycloakZip(Path runtimeDir) {
    String version = keycloakVersion();
    return locate(
        runtimeDir.resolve(KEYCLOAK_ZIP),
        "org/keycloak/keycloak-quarkus-dist/"
            + version
            + "/keycloak-quarkus-dist-"
            + version
            + ".zip");
  }

  private static Path locate(Path built, String repositoryPath) {
    if (Files.isRegularFile(built)) {
      return built;
    }
    Path repository =
        Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(repositoryPath);
    return Files.isRegularFile(repository) ? repository : built;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Distributions.class.getResourceAsStream("launcher.properties")) {
      if (in == null) {
        throw new IllegalStateException("launcher.properties is missing from the launcher jar");
      }
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
