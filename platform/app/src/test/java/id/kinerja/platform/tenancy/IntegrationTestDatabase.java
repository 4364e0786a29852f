package id.kinerja.platform.tenancy;

import id.kinerja.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test JVM's side of the integration tests: a fresh embedded PostgreSQL (provisioned like the
 * local run: database {@code kinerja} owned by {@code kinerja}, application role {@code
 * kinerja_app} without BYPASSRLS), published as system properties that {@code arquillian.xml} hands
 * to the Payara Micro process. Never deployed: it is client-side only.
 */
final class IntegrationTestDatabase implements ExtensionContext.Store.CloseableResource {

  private static final String TEMP_PREFIX = "arquillian-payara-micro";

  private final EmbeddedDatabase database;
  private final Set<Path> tempDirsBefore;

  private IntegrationTestDatabase(EmbeddedDatabase database, Set<Path> tempDirsBefore) {
    this.database = database;
    this.tempDirsBefore = tempDirsBefore;
  }

  static IntegrationTestDatabase start() {
    Path work = Path.of(System.getProperty("kinerja.it.work-dir", "target/it")).toAbsolutePath();
    deleteRecursively(work); // a fresh database and Payara root for every run
    EmbeddedDatabase database =
        EmbeddedDatabase.start(work.resolve("postgres"), 0, work.resolve("postgres.log"), true);
    System.setProperty("kinerja.it.db.url", database.jdbcUrl());
    System.setProperty("kinerja.it.db.user", database.appUser());
    System.setProperty("kinerja.it.db.password", database.appPassword());
    System.setProperty("kinerja.it.db.owner.user", database.ownerUser());
    System.setProperty("kinerja.it.db.owner.password", database.ownerPassword());
    System.setProperty("kinerja.it.payara-root", work.resolve("payara").toString());
    System.setProperty("kinerja.it.plugins-dir", work.resolve("plugins").toString());
    // Payara sends email there; only NotificationIT's test mail server listens on it.
    System.setProperty("kinerja.it.smtp.port", String.valueOf(freePort()));
    // In-container tests read what arrived there over IMAP (NotificationIT's Mailbox).
    System.setProperty("kinerja.it.imap.port", String.valueOf(freePort()));
    return new IntegrationTestDatabase(database, payaraTempDirs());
  }

  @Override
  public void close() {
    database.close();
    // Arquillian's Payara Micro container leaves its deployment folders in the temp folder.
    payaraTempDirs().stream()
        .filter(dir -> !tempDirsBefore.contains(dir))
        .forEach(
            dir -> {
              try {
                deleteRecursively(dir);
              } catch (UncheckedIOException e) {
                // a left-over temp folder is not a test failure
              }
            });
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Path> payaraTempDirs() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> dirs = Files.list(tmp)) {
      return dirs.filter(d -> d.getFileName().toString().startsWith(TEMP_PREFIX))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      return Set.of();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + root, e);
    }
  }
}
