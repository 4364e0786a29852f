package id.kinerja.platform.tenancy;

import id.kinerja.platform.planning.PlanFixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every in-container test: the real platform WAR plus the test's classes. */
public final class Deployments {

  private Deployments() {}

  /** The built {@code kinerja.war} with {@code testClasses} and the shared test support added. */
  public static WebArchive platformWith(Class<?>... testClasses) {
    File war = new File(System.getProperty("kinerja.it.war", "target/kinerja.war"));
    return ShrinkWrap.create(ZipImporter.class, "kinerja.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(testClasses)
        .addClasses(
            EmbeddedDatabaseExtension.class,
            Deployments.class,
            InRegion.class,
            InRegion.Work.class,
            PlanFixtures.class);
  }

  /**
   * Puts a plugin jar built by this build into the platform's plugins folder; call it from the
   * {@code @Deployment} method, before the platform starts and loads its plugins.
   */
  public static void installPlugin(Path jar) throws IOException {
    Path pluginsDir = Path.of(System.getProperty("kinerja.it.plugins-dir"));
    Files.createDirectories(pluginsDir);
    Files.copy(jar, pluginsDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }
}
