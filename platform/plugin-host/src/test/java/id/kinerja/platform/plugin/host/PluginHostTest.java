package id.kinerja.platform.plugin.host;

import static id.kinerja.platform.plugin.host.PluginJar.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.PluginInfo.State;
import id.kinerja.plugin.api.ExtensionFactory;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.IndicatorDefinition;
import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.PluginApi;
import id.kinerja.plugin.api.RespondentGroup;
import id.kinerja.plugin.api.TrainingRuleFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

class PluginHostTest {

  @TempDir Path plugins;

  private final List<PluginHost> hosts = new ArrayList<>();

  @AfterEach
  void closeHosts() {
    hosts.forEach(PluginHost::close);
  }

  @Test
  void aCompatiblePluginIsStartedAndItsIndicatorFactoryCreatesDefinitions() {
    plugin("alpha")
        .indicatorFactory("com.acme.alpha.AlphaFactory", "alpha-indicators", "\"Alpha\"")
        .writeTo(plugins, "alpha.jar");

    PluginHost host = load();

    PluginInfo alpha = only(host.plugins());
    assertEquals(
        new PluginInfo(
            "alpha",
            "1.0.0",
            "Test plugin alpha",
            "PT Contoh Vendor",
            ">=1.0.0 & <2.0.0",
            plugins.resolve("alpha.jar"),
            State.STARTED,
            null),
        alpha);
    LoadedFactory<IndicatorProviderFactory> loaded = only(host.indicatorFactories());
    assertEquals("alpha", loaded.pluginId());
    assertEquals("alpha-indicators", loaded.factory().id());
    assertEquals("Alpha", loaded.factory().nameEn());
    IndicatorProvider provider = loaded.factory().create(Map.of());
    assertEquals(
        List.of("alpha-indicators-count"),
        provider.definitions().stream().map(IndicatorDefinition::code).toList());
  }

  @Test
  void eachPluginHasItsOwnClassLoaderBelowThePlatforms() {
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");
    plugin("beta").indicatorFactory("com.acme.beta.F", "b", "\"B\"").writeTo(plugins, "b.jar");

    List<LoadedFactory<IndicatorProviderFactory>> factories = load().indicatorFactories();

    ClassLoader alpha = factories.get(0).factory().getClass().getClassLoader();
    ClassLoader beta = factories.get(1).factory().getClass().getClassLoader();
    assertInstanceOf(PluginClassLoader.class, alpha);
    assertInstanceOf(PluginClassLoader.class, beta);
    assertNotSame(alpha, beta);
    assertSame(PluginHost.class.getClassLoader(), alpha.getParent());
  }

  @Test
  void aPluginRequiringANewerPluginApiIsRefusedWithTheRangeWhileACompatibleOneStillLoads() {
    plugin("future")
        .manifest("Plugin-Requires", ">=2.0.0")
        .indicatorFactory("com.acme.future.FutureFactory", "future", "\"Future\"")
        .writeTo(plugins, "future.jar");
    plugin("alpha")
        .indicatorFactory("com.acme.alpha.AlphaFactory", "alpha", "\"Alpha\"")
        .writeTo(plugins, "alpha.jar");

    PluginHost host = load();

    PluginInfo future = infoOf(host, "future");
    assertEquals(State.REFUSED, future.state());
    assertEquals(">=2.0.0", future.requires());
    assertEquals(
        "requires plugin API >=2.0.0 but the platform provides " + PluginApi.VERSION,
        future.reason());
    assertEquals(State.STARTED, infoOf(host, "alpha").state());
    assertEquals(
        List.of("alpha"), host.indicatorFactories().stream().map(f -> f.pluginId()).toList());
  }

  @Test
  void aPluginForAnOlderMajorVersionOfThePluginApiIsRefused() {
    plugin("old")
        .manifest("Plugin-Requires", ">=0.1.0 & <1.0.0")
        .indicatorFactory("com.acme.old.OldFactory", "old", "\"Old\"")
        .writeTo(plugins, "old.jar");

    PluginInfo old = only(load().plugins());

    assertEquals(State.REFUSED, old.state());
    assertTrue(old.reason().contains(">=0.1.0 & <1.0.0"), old.reason());
  }

  @Test
  void aRefusedPluginIsLoggedInOneLineNamingItsIdJarAndReason() {
    plugin("future")
        .manifest("Plugin-Requires", ">=2.0.0")
        .indicatorFactory("com.acme.future.FutureFactory", "future", "\"Future\"")
        .writeTo(plugins, "future.jar");
    List<LogRecord> warnings = new ArrayList<>();
    Logger logger = Logger.getLogger(PluginHost.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      load();
    } finally {
      logger.removeHandler(handler);
    }

    LogRecord line = only(warnings);
    String message = line.getMessage();
    assertTrue(message.contains("'future'"), message);
    assertTrue(message.contains(plugins.resolve("future.jar").toString()), message);
    assertTrue(message.contains("requires plugin API >=2.0.0"), message);
    assertTrue(!message.contains("\n"), message);
  }

  @Test
  void pluginsBundlingDifferentVersionsOfTheSameHelperClassEachSeeTheirOwn() {
    String helper =
        """
        package com.acme.shared;
        public final class Greeting {
          public static String text() { return "%s"; }
        }
        """;
    plugin("one")
        .source("com.acme.shared.Greeting", helper.formatted("from one"))
        .indicatorFactory("com.acme.one.OneFactory", "one", "com.acme.shared.Greeting.text()")
        .writeTo(plugins, "one.jar");
    plugin("two")
        .source("com.acme.shared.Greeting", helper.formatted("from two"))
        .indicatorFactory("com.acme.two.TwoFactory", "two", "com.acme.shared.Greeting.text()")
        .writeTo(plugins, "two.jar");

    PluginHost host = load();

    assertEquals(
        Map.of("one", "from one", "two", "from two"),
        host.indicatorFactories().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    LoadedFactory::pluginId, f -> f.factory().nameEn())));
  }

  @Test
  void aPluginBundlingItsOwnCopyOfThePluginApiStillGetsThePlatformsApi() {
    // A vendor who packaged the API at compile scope: the real API classes, plus a PluginApi
    // that would tell a different version if the plugin's copy were used.
    PluginJar bundler =
        plugin("bundler")
            .source(
                "id.kinerja.plugin.api.PluginApi",
                """
                package id.kinerja.plugin.api;
                public final class PluginApi {
                  public static final String VERSION = String.valueOf("9.9.9-bundled");
                }
                """)
            .indicatorFactory(
                "com.acme.bundler.BundlerFactory",
                "bundler",
                "\"API \" + id.kinerja.plugin.api.PluginApi.VERSION");
    for (Class<?> api :
        List.of(
            IndicatorProviderFactory.class,
            ExtensionFactory.class,
            IndicatorProvider.class,
            IndicatorDefinition.class,
            IndicatorDefinition.Aspect.class,
            IndicatorDefinition.Direction.class)) {
      bundler.entry(api.getName().replace('.', '/') + ".class", classBytes(api));
    }
    bundler.writeTo(plugins, "bundler.jar");

    PluginHost host = load();

    assertEquals(State.STARTED, only(host.plugins()).state(), only(host.plugins()).reason());
    Object factory = only(host.indicatorFactories()).factory();
    PluginClassLoader loader = (PluginClassLoader) factory.getClass().getClassLoader();
    assertNotNull(
        loader.findResource("id/kinerja/plugin/api/IndicatorProviderFactory.class"),
        "the plugin jar really bundles the API");
    assertTrue(factory instanceof IndicatorProviderFactory);
    assertSame(IndicatorProviderFactory.class, factory.getClass().getInterfaces()[0]);
    assertEquals("API " + PluginApi.VERSION, ((IndicatorProviderFactory) factory).nameEn());
    IndicatorDefinition definition =
        ((IndicatorProviderFactory) factory).create(Map.of()).definitions().get(0);
    assertSame(IndicatorDefinition.class, definition.getClass());
  }

  @Test
  void aJarWithoutPluginManifestEntriesIsRefusedWithAReason() {
    PluginJar.plainJar()
        .source("com.acme.lib.Util", "package com.acme.lib; public final class Util {}")
        .writeTo(plugins, "library.jar");
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");

    PluginHost host = load();

    PluginInfo library = host.plugins().get(1);
    assertEquals(plugins.resolve("library.jar"), library.jar());
    assertNull(library.id());
    assertEquals(State.REFUSED, library.state());
    assertTrue(library.reason().contains("no Plugin-Id"), library.reason());
    assertEquals(State.STARTED, infoOf(host, "alpha").state());
  }

  @Test
  void aPluginThatStatesNoRequiredApiRangeIsRefused() {
    plugin("vague")
        .manifest("Plugin-Requires", null)
        .indicatorFactory("com.acme.vague.F", "v", "\"V\"")
        .writeTo(plugins, "vague.jar");

    PluginInfo vague = only(load().plugins());

    assertEquals(State.REFUSED, vague.state());
    assertTrue(vague.reason().contains("Plugin-Requires"), vague.reason());
  }

  @Test
  void aPluginWhoseRequiredRangeIsNotAVersionRangeIsRefused() {
    plugin("typo")
        .manifest("Plugin-Requires", "version one please")
        .indicatorFactory("com.acme.typo.F", "t", "\"T\"")
        .writeTo(plugins, "typo.jar");

    PluginInfo typo = only(load().plugins());

    assertEquals(State.REFUSED, typo.state());
    assertTrue(typo.reason().contains("\"version one please\" is not a version range"));
  }

  @Test
  void twoJarsWithTheSamePluginIdAreBothRefused() {
    plugin("alpha").indicatorFactory("com.acme.a1.F", "a", "\"1\"").writeTo(plugins, "a-1.jar");
    plugin("alpha").indicatorFactory("com.acme.a2.F", "a", "\"2\"").writeTo(plugins, "a-2.jar");

    PluginHost host = load();

    assertEquals(2, host.plugins().size());
    for (PluginInfo alpha : host.plugins()) {
      assertEquals(State.REFUSED, alpha.state());
      assertTrue(alpha.reason().contains("'alpha' is also used by"), alpha.reason());
    }
    assertTrue(host.plugins().get(0).reason().contains("a-2.jar"));
    assertTrue(host.indicatorFactories().isEmpty());
  }

  @Test
  void aPluginWhoseFactoryCannotBeInstantiatedFailsWhileTheOthersLoad() {
    plugin("broken")
        .indicatorFactory(
            "com.acme.broken.BrokenFactory",
            "broken",
            "\"Broken\"",
            "throw new IllegalStateException(\"licence file missing\");")
        .writeTo(plugins, "broken.jar");
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");

    PluginHost host = load();

    PluginInfo broken = infoOf(host, "broken");
    assertEquals(State.FAILED, broken.state());
    assertTrue(broken.reason().contains("com.acme.broken.BrokenFactory"), broken.reason());
    assertTrue(broken.reason().contains("licence file missing"), broken.reason());
    assertEquals(
        List.of("alpha"), host.indicatorFactories().stream().map(f -> f.pluginId()).toList());
  }

  @Test
  void feedbackSourceAndTrainingRuleFactoriesAreFoundInTheirPluginsServiceFiles() {
    plugin("people")
        .source(
            "com.acme.people.Survey",
            """
            package com.acme.people;

            import id.kinerja.plugin.api.FeedbackAnswer;
            import id.kinerja.plugin.api.FeedbackQuestion;
            import id.kinerja.plugin.api.FeedbackResult;
            import id.kinerja.plugin.api.FeedbackSource;
            import id.kinerja.plugin.api.FeedbackSourceFactory;
            import id.kinerja.plugin.api.RespondentGroup;
            import java.util.List;
            import java.util.Map;
            import java.util.Set;

            public final class Survey implements FeedbackSourceFactory {
              public String id() { return "survey"; }
              public String nameId() { return "Survei"; }
              public String nameEn() { return "Survey"; }
              public FeedbackSource create(Map<String, String> config) {
                return new FeedbackSource() {
                  public Set<RespondentGroup> respondents() { return Set.of(RespondentGroup.PEERS); }
                  public List<FeedbackQuestion> questions() { return List.of(); }
                  public FeedbackResult aggregate(List<FeedbackAnswer> a) {
                    return new FeedbackResult(Map.of(), Map.of());
                  }
                };
              }
            }
            """)
        .service(FeedbackSourceFactory.class, "com.acme.people.Survey")
        .source(
            "com.acme.people.Coaching",
            """
            package com.acme.people;

            import id.kinerja.plugin.api.TrainingRule;
            import id.kinerja.plugin.api.TrainingRuleFactory;
            import java.util.List;
            import java.util.Map;

            public final class Coaching implements TrainingRuleFactory {
              public String id() { return "coaching"; }
              public String nameId() { return "Coaching"; }
              public String nameEn() { return "Coaching"; }
              public TrainingRule create(Map<String, String> config) {
                return (ratings, catalog) -> List.of();
              }
            }
            """)
        .service(TrainingRuleFactory.class, "com.acme.people.Coaching")
        .writeTo(plugins, "people.jar");

    PluginHost host = load();

    assertEquals(State.STARTED, infoOf(host, "people").state());
    assertTrue(host.indicatorFactories().isEmpty());
    assertEquals(
        List.of("survey"),
        host.feedbackSourceFactories().stream().map(f -> f.factory().id()).toList());
    assertEquals(
        Set.of(RespondentGroup.PEERS),
        host.feedbackSourceFactories().get(0).factory().create(Map.of()).respondents());
    assertEquals(
        List.of("coaching"),
        host.trainingRuleFactories().stream().map(f -> f.factory().id()).toList());
  }

  @Test
  void factoriesThePlatformListsItselfDoNotLeakIntoAPlugin() {
    assertTrue(
        ServiceLoader.load(IndicatorProviderFactory.class).stream()
            .anyMatch(p -> p.type() == PlatformOwnFactory.class),
        "the test class path lists a factory of its own");
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");

    List<LoadedFactory<IndicatorProviderFactory>> factories = load().indicatorFactories();

    assertEquals(List.of("a"), factories.stream().map(f -> f.factory().id()).toList());
  }

  @Test
  void anEmptyFolderLoadsNothing() {
    PluginHost host = load();

    assertTrue(host.plugins().isEmpty());
    assertTrue(host.indicatorFactories().isEmpty());
  }

  @Test
  void aMissingFolderLoadsNothing() {
    PluginHost host = PluginHost.load(plugins.resolve("not-there"));
    hosts.add(host);

    assertTrue(host.plugins().isEmpty());
    assertTrue(host.indicatorFactories().isEmpty());
  }

  @Test
  void filesOtherThanJarsAreNotTakenForPlugins() throws IOException {
    Files.writeString(plugins.resolve("README.txt"), "Put plugin jars here.");
    Files.createDirectory(plugins.resolve("old"));

    assertTrue(load().plugins().isEmpty());
  }

  @Test
  void closingTheHostClosesThePluginClassLoaders() {
    plugin("alpha").indicatorFactory("com.acme.alpha.F", "a", "\"A\"").writeTo(plugins, "a.jar");
    PluginHost host = load();
    PluginClassLoader loader =
        (PluginClassLoader) only(host.indicatorFactories()).factory().getClass().getClassLoader();

    host.close();
    host.close();

    assertTrue(loader.isClosed());
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

  private static byte[] classBytes(Class<?> type) {
    String name = type.getName();
    String resource = name.substring(name.lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
