package id.kinerja.systemtests;

import id.kinerja.launcher.KinerjaStack;
import id.kinerja.tenantconfig.DemoEmployee;
import id.kinerja.tenantconfig.TenantDefinition;
import id.kinerja.tenantconfig.TenantsConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once for all system tests of the run (every {@code *E2E} class runs in one
 * JVM), with the shipped plugins and one plugin built for an API the platform does not provide, and
 * stops it when the last class is done. The launcher waits for the start as long as it progresses
 * (see {@code StartupWait}); should it fail anyway, every later class fails at once with the same
 * cause instead of starting the stack again.
 *
 * <p>The classes share the stack's data, so each acts on records of its own: its own region and
 * year, or employees no other class changes.
 */
public final class RunningStack
    implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

  /** The id of the plugin built for plugin API 99, which the platform must refuse. */
  static final String INCOMPATIBLE_PLUGIN = "future-indicators";

  private static KinerjaStack stack;
  private static RuntimeException failedStart;

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws Exception {
    if (failedStart != null) {
      throw new IllegalStateException(
          "The stack did not start for an earlier test class: " + failedStart.getMessage(),
          failedStart);
    }
    if (stack == null) {
      try {
        start(context);
      } catch (RuntimeException e) {
        failedStart = e;
        throw e;
      }
    }
  }

  private void start(ExtensionContext context) throws IOException {
    Path stackDir = Path.of(System.getProperty("kinerja.stack.dir", "target/stack"));
    Path repoRoot = Path.of(System.getProperty("kinerja.repo.root", "../.."));
    Path work = Path.of("target/work").toAbsolutePath();
    deleteRecursively(work.resolve("postgres"));
    Path plugins = work.resolve("plugins");
    Files.createDirectories(plugins);
    try (Stream<Path> jars = Files.list(stackDir.resolve("plugins"))) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    writeIncompatiblePlugin(plugins.resolve(INCOMPATIBLE_PLUGIN + ".jar"));
    stack =
        KinerjaStack.start(
            KinerjaStack.testOptions(repoRoot, work)
                .war(stackDir.resolve("kinerja.war"))
                .pluginsDir(plugins)
                .demo(true)
                .directAccessGrants(true));
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class, this);
  }

  @Override
  public void close() {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }

  /** The running stack. */
  static KinerjaStack stack() {
    return stack;
  }

  /** A region's portal URL: {@code http://<code>.localhost:<port>/}. */
  static String portal(String region) {
    return stack.portalUrl(region);
  }

  /** An access token of a region's demo user, by the password grant. */
  static String token(String region, String user) {
    return stack.accessToken(region, user);
  }

  /** The region as tenants-config describes it. */
  static TenantDefinition region(String code) {
    return stack.tenant(code);
  }

  /** The demo employee with this NIP in the region. */
  static DemoEmployee employee(String code, String nip) {
    return demoEmployees(code).stream().filter(e -> e.nip().equals(nip)).findFirst().orElseThrow();
  }

  /** The region's demo employees. */
  static java.util.List<DemoEmployee> demoEmployees(String code) {
    return TenantsConfig.at(stack.options().tenantsDir()).demoEmployees(code);
  }

  /** Every run starts from a new database: tests create years and records that must not exist. */
  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void writeIncompatiblePlugin(Path jar) {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.putValue("Plugin-Id", INCOMPATIBLE_PLUGIN);
    attributes.putValue("Plugin-Version", "1.0.0");
    attributes.putValue("Plugin-Requires", ">=99.0.0");
    attributes.putValue("Plugin-Description", "Built for a future plugin API");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // A manifest is all the host reads before refusing it.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
