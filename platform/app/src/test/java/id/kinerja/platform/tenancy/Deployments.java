package id.kinerja.platform.tenancy;

import id.kinerja.platform.planning.PlanFixtures;
import java.io.File;
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
}
