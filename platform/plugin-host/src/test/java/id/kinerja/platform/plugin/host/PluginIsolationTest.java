package id.kinerja.platform.plugin.host;

import static id.kinerja.platform.plugin.host.PluginJar.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.PluginInfo.State;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin gets the JDK, the plugin API and its own classes, and nothing of the platform's. */
class PluginIsolationTest {

  @TempDir Path plugins;

  private final List<PluginHost> hosts = new ArrayList<>();

  @AfterEach
  void closeHosts() {
    hosts.forEach(PluginHost::close);
  }

  @Test
  void aPluginThatUsesThePlatformsClassesIsRefusedAtLoadNamingThem() {
    plugin("reacher")
        .compiledAgainst(PluginHost.class)
        .source(
            "com.acme.reacher.ReacherFactory",
            factory(
                "com.acme.reacher",
                "ReacherFactory",
                "id.kinerja.platform.plugin.host.PluginInfo.State.STARTED.name()"))
        .service(IndicatorProviderFactory.class, "com.acme.reacher.ReacherFactory")
        .writeTo(plugins, "reacher.jar");
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");

    PluginHost host = load();

    PluginInfo reacher = infoOf(host, "reacher");
    assertEquals(State.REFUSED, reacher.state());
    assertTrue(
        reacher.reason().contains("id.kinerja.platform.plugin.host.PluginInfo$State"),
        reacher.reason());
    assertTrue(reacher.reason().contains("com.acme.reacher.ReacherFactory"), reacher.reason());
    assertTrue(reacher.reason().contains("only the JDK, the plugin API"), reacher.reason());
    assertEquals(
        List.of("alpha"), host.indicatorFactories().stream().map(f -> f.pluginId()).toList());
  }

  @Test
  void aPluginThatUsesJakartaClassesIsRefusedAtLoad() {
    plugin("jakartan")
        .compiledAgainst(jakarta.inject.Provider.class)
        .source(
            "com.acme.jakartan.JakartanFactory",
            factory(
                "com.acme.jakartan",
                "JakartanFactory",
                "((jakarta.inject.Provider<String>) () -> \"x\").get()"))
        .service(IndicatorProviderFactory.class, "com.acme.jakartan.JakartanFactory")
        .writeTo(plugins, "jakartan.jar");

    PluginInfo jakartan = only(load().plugins());

    assertEquals(State.REFUSED, jakartan.state());
    assertTrue(jakartan.reason().contains("jakarta.inject.Provider"), jakartan.reason());
  }

  @Test
  void aPluginLoadingAPlatformClassByNameDoesNotFindIt() {
    // A string literal passes the check at load; the class loader still keeps the class away.
    plugin("seeker")
        .source(
            "com.acme.seeker.SeekerFactory",
            factory(
                "com.acme.seeker",
                "SeekerFactory",
                """
                seek("id.kinerja.platform.plugin.host.PluginHost") + " "
                    + seek("jakarta.inject.Provider") + " "
                    + seek("java.util.List") + " "
                    + seek("id.kinerja.plugin.api.PluginApi")\
                """))
        .service(IndicatorProviderFactory.class, "com.acme.seeker.SeekerFactory")
        .writeTo(plugins, "seeker.jar");

    IndicatorProviderFactory seeker = only(load().indicatorFactories()).factory();

    assertEquals("hidden hidden found found", seeker.nameEn());
  }

  @Test
  void aPluginBundlingItsOwnClassesInAPlatformLookingPackageStillLoads() {
    plugin("own")
        .indicatorFactory("id.kinerja.plugins.own.OwnFactory", "own", "\"Own\"")
        .writeTo(plugins, "own.jar");

    assertEquals(State.STARTED, only(load().plugins()).state());
  }

  /** A factory whose English name is a Java expression evaluated when it is asked. */
  private static String factory(String packageName, String className, String nameEnExpression) {
    return """
        package %PACKAGE%;

        import id.kinerja.plugin.api.IndicatorProvider;
        import id.kinerja.plugin.api.IndicatorProviderFactory;
        import id.kinerja.plugin.api.LocalizedText;
        import id.kinerja.plugin.api.Configuration;
        import java.util.List;

        public final class %NAME% implements IndicatorProviderFactory {
          public String id() { return "%NAME%"; }
          public LocalizedText name() { return LocalizedText.of("x", %NAME_EN%); }
          public IndicatorProvider create(Configuration config) { return List::of; }
          private static String seek(String name) {
            try {
              Class.forName(name, false, %NAME%.class.getClassLoader());
              return "found";
            } catch (ClassNotFoundException e) {
              return "hidden";
            }
          }
        }
        """
        .replace("%PACKAGE%", packageName)
        .replace("%NAME%", className)
        .replace("%NAME_EN%", nameEnExpression);
  }

  private PluginHost load() {
    PluginHost host = PluginHost.load(plugins);
    hosts.add(host);
    return host;
  }

  private static PluginInfo infoOf(PluginHost host, String id) {
    return host.plugins().stream().filter(p -> id.equals(p.id())).findFirst().orElseThrow();
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), () -> "exactly one expected: " + list);
    return list.get(0);
  }
}
