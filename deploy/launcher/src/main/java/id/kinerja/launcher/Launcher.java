package id.kinerja.launcher;

import id.kinerja.tenantconfig.TenantDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The local run command ({@code deploy/run.sh}): starts the stack with every region of {@code
 * tenants-config}, prints where to go and how to log in, and stops everything on Ctrl-C.
 *
 * <p>Settings, each an environment variable or a system property of the same name:
 *
 * <ul>
 *   <li>{@code KINERJA_DB_URL}, {@code KINERJA_DB_USER}, {@code KINERJA_DB_PASSWORD}: an external
 *       PostgreSQL database (its owner) instead of the embedded one;
 *   <li>{@code KINERJA_PORT} (8080), {@code KINERJA_KEYCLOAK_PORT} (8180), {@code KINERJA_DB_PORT}
 *       (54320);
 *   <li>{@code KINERJA_DATA_DIR} ({@code <repo>/.kinerja}), {@code KINERJA_REPO} (found from the
 *       launcher jar or the working folder);
 *   <li>{@code KINERJA_DEMO} (true): demo users and demo data; {@code KINERJA_ECHO} (false): print
 *       Payara's log as well.
 * </ul>
 */
public final class Launcher {

  // Held so that the level stays set: java.util.logging keeps loggers weakly.
  /** Folders of plugins/ that hold no shipped plugin: the vendors' parent and their template. */
  static final List<String> NOT_PLUGINS = List.of("plugin-parent", "plugin-template");

  private static final Logger ZONKY = Logger.getLogger("io.zonky");

  private Launcher() {}

  public static void main(String[] args) {
    ZONKY.setLevel(Level.WARNING);
    try {
      run();
    } catch (RuntimeException e) {
      System.err.println();
      System.err.println("Kinerja did not start: " + e.getMessage());
      if (Boolean.parseBoolean(setting("KINERJA_DEBUG", "false"))) {
        e.printStackTrace();
      }
      System.exit(1);
    }
  }

  private static void run() {
    Path repo = repoRoot();
    KinerjaStack.Options options = KinerjaStack.options(repo).shutdownHook(false);
    String dataDir = setting("KINERJA_DATA_DIR", null);
    if (dataDir != null) {
      options.dataDir(Path.of(dataDir));
    }
    options
        .portalPort(Integer.parseInt(setting("KINERJA_PORT", "8080")))
        .keycloakPort(Integer.parseInt(setting("KINERJA_KEYCLOAK_PORT", "8180")))
        .databasePort(Integer.parseInt(setting("KINERJA_DB_PORT", "54320")))
        .demo(Boolean.parseBoolean(setting("KINERJA_DEMO", "true")))
        .echoPayara(Boolean.parseBoolean(setting("KINERJA_ECHO", "false")));
    String dbUrl = setting("KINERJA_DB_URL", null);
    if (dbUrl != null && !dbUrl.isBlank()) {
      options.externalDatabase(
          dbUrl, setting("KINERJA_DB_USER", "postgres"), setting("KINERJA_DB_PASSWORD", ""));
    }
    // Fails at once when another launcher runs on the same data folder, before touching its
    // plugins.
    PayaraServer.stopOrphans(options.dataDir().resolve("payara"));
    int plugins = copyPlugins(repo, options.pluginsDir());
    boolean firstRun = !Files.isDirectory(options.keycloakHome().resolve("data"));

    System.out.println("Starting Kinerja from " + repo);
    System.out.println(
        "  PostgreSQL ("
            + (dbUrl == null
                ? "embedded, data in " + relative(repo, options.dataDir().resolve("postgres"))
                : dbUrl)
            + "), Keycloak"
            + (firstRun ? " (first start: unpacking and building, about a minute)" : "")
            + ", then Payara Micro with "
            + relative(repo, options.war())
            + " and "
            + plugins
            + " plugin(s). Logs: "
            + relative(repo, options.logsDir()));

    KinerjaStack stack = KinerjaStack.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              System.out.println();
              System.out.println("Stopping Payara Micro, Keycloak and PostgreSQL...");
              try {
                stack.close();
                System.out.println("Stopped.");
              } catch (RuntimeException e) {
                System.out.println(e.getMessage());
              }
              stopped.countDown();
            },
            "kinerja-launcher-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    printSummary(repo, stack);

    stack
        .payara()
        .process()
        .onExit()
        .thenRun(
            () -> {
              if (!stopping.get()) {
                System.err.println("Payara Micro stopped by itself. See " + stack.payara().log());
                System.exit(1);
              }
            });
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void printSummary(Path repo, KinerjaStack stack) {
    System.out.println();
    List<String> firsts = new ArrayList<>();
    if (stack.keycloak().unpacked()) {
      firsts.add("Keycloak unpacked and built");
    } else if (stack.keycloak().freshDatabase()) {
      firsts.add("realms imported");
    } else if (!stack.keycloak().replacedRealms().isEmpty()) {
      firsts.add("realms updated: " + String.join(", ", stack.keycloak().replacedRealms()));
    }
    if (stack.database().created()) {
      firsts.add("database created");
    }
    System.out.printf(
        Locale.ROOT,
        "Kinerja is running: %s start in %.1f s (Keycloak %.1f s, Payara Micro %.1f s)%s%n",
        stack.coldStart() ? "cold" : "warm",
        seconds(stack.startTime()),
        seconds(stack.keycloak().startTime()),
        seconds(stack.payara().startTime()),
        firsts.isEmpty() ? "" : "; " + String.join(", ", firsts));
    System.out.println();
    for (TenantDefinition tenant : stack.tenants()) {
      System.out.println("  " + tenant.name() + " (" + tenant.code() + ")");
      for (String url : stack.portalUrls(tenant.code())) {
        System.out.println("    " + url);
      }
      if (tenant.demo().isPresent()) {
        var demo = tenant.demo().get();
        System.out.println(
            "    log in as admin (pengelola kinerja, NIP "
                + demo.admin()
                + "), penilai (NIP "
                + demo.appraiser()
                + ") or pegawai (NIP "
                + demo.employee()
                + "),");
        System.out.println(
            "    or as any other demo employee by NIP; password " + RealmGenerator.DEMO_PASSWORD);
      }
    }
    System.out.println();
    System.out.println(
        "  Keycloak admin console: "
            + stack.keycloak().adminConsoleUrl()
            + " ("
            + KeycloakServer.ADMIN_USER
            + " / "
            + KeycloakServer.ADMIN_PASSWORD
            + ")");
    System.out.println(
        "  Database: "
            + stack.database().jdbcUrl()
            + " (owner "
            + stack.database().ownerUser()
            + ", application role "
            + stack.database().appUser()
            + ")");
    long keycloakMiB = Processes.residentMiB(stack.keycloak().process());
    long payaraMiB = Processes.residentMiB(stack.payara().process());
    if (keycloakMiB > 0 && payaraMiB > 0) {
      System.out.println(
          "  Memory (RSS): Keycloak " + keycloakMiB + " MiB, Payara Micro " + payaraMiB + " MiB");
    }
    System.out.println("  Logs: " + relative(repo, stack.options().logsDir()));
    System.out.println();
    System.out.println("Press Ctrl-C to stop.");
  }

  /**
   * Copies the built plugin jars ({@code plugins/<plugin>/target/*.jar}) into the plugins folder,
   * replacing what an earlier run put there.
   *
   * @return how many were copied
   */
  static int copyPlugins(Path repo, Path pluginsDir) {
    try {
      Files.createDirectories(pluginsDir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(pluginsDir, "*.jar")) {
        for (Path jar : old) {
          Files.delete(jar);
        }
      }
      Path plugins = repo.resolve("plugins");
      if (!Files.isDirectory(plugins)) {
        return 0;
      }
      List<Path> jars = new ArrayList<>();
      try (Stream<Path> modules = Files.list(plugins)) {
        for (Path module : modules.sorted().toList()) {
          Path target = module.resolve("target");
          if (NOT_PLUGINS.contains(module.getFileName().toString()) || !Files.isDirectory(target)) {
            continue;
          }
          try (Stream<Path> files = Files.list(target)) {
            files.filter(Launcher::isPluginJar).sorted().forEach(jars::add);
          }
        }
      }
      for (Path jar : jars) {
        Files.copy(jar, pluginsDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      return jars.size();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the plugins into " + pluginsDir, e);
    }
  }

  static boolean isPluginJar(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && name.endsWith(".jar")
        && !name.endsWith("-sources.jar")
        && !name.endsWith("-javadoc.jar")
        && !name.endsWith("-tests.jar")
        && !name.startsWith("original-");
  }

  /** The repository: KINERJA_REPO, else above the launcher jar, else above the working folder. */
  static Path repoRoot() {
    String configured = setting("KINERJA_REPO", null);
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    List<Path> starts = new ArrayList<>();
    try {
      starts.add(
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      // no code source: the working folder serves
    }
    starts.add(Path.of("").toAbsolutePath());
    for (Path start : starts) {
      for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
        if (Files.isDirectory(dir.resolve("tenants-config"))
            && Files.isRegularFile(dir.resolve("pom.xml"))) {
          return dir;
        }
      }
    }
    throw new IllegalStateException(
        "Cannot find the Kinerja repository (a folder with tenants-config/ and pom.xml): run from"
            + " inside it or set KINERJA_REPO");
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String relative(Path repo, Path path) {
    return path.startsWith(repo) ? repo.relativize(path).toString() : path.toString();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
