package id.kinerja.platform.plugin.host;

import static id.kinerja.platform.plugin.host.PluginJar.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.host.PluginInfo.State;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host calls a factory's init once at start and its close once at shutdown. */
class FactoryLifecycleTest {

  @TempDir Path plugins;

  private final String key = "kinerja.test.lifecycle." + System.nanoTime();

  @AfterEach
  void clearProperty() {
    System.clearProperty(key);
  }

  @Test
  void initIsCalledAtStartAndCloseWhenTheHostCloses() {
    plugin("lively")
        .source("com.acme.lively.F", factory("lively", ""))
        .service(factoryPoint(), "com.acme.lively.F")
        .writeTo(plugins, "lively.jar");

    PluginHost host = PluginHost.load(plugins);
    assertEquals(State.STARTED, host.plugins().get(0).state());
    assertEquals("init", System.getProperty(key));

    host.close();
    assertEquals("init close", System.getProperty(key));
  }

  @Test
  void aPluginWhoseInitThrowsFails() {
    plugin("sulky")
        .source(
            "com.acme.sulky.F",
            factory("sulky", "if (true) throw new IllegalStateException(\"no licence\");"))
        .service(factoryPoint(), "com.acme.sulky.F")
        .writeTo(plugins, "sulky.jar");

    try (PluginHost host = PluginHost.load(plugins)) {
      PluginInfo sulky = host.plugins().get(0);
      assertEquals(State.FAILED, sulky.state());
      assertTrue(sulky.reason().contains("init() failed"), sulky.reason());
      assertTrue(sulky.reason().contains("no licence"), sulky.reason());
      assertTrue(host.indicatorFactories().isEmpty());
    }
    assertNull(System.getProperty(key), "a factory that failed at init is not closed");
  }

  @Test
  void aFactoryThatGivesNoNameFailsAtStartRatherThanOnFirstUse() {
    plugin("nameless")
        .source(
            "com.acme.nameless.F",
            """
            package com.acme.nameless;

            import id.kinerja.plugin.api.Configuration;
            import id.kinerja.plugin.api.IndicatorProvider;
            import id.kinerja.plugin.api.IndicatorProviderFactory;
            import java.util.List;

            public final class F implements IndicatorProviderFactory {
              public String id() { return "f"; }
              public IndicatorProvider create(Configuration config) { return List::of; }
            }
            """)
        .service(factoryPoint(), "com.acme.nameless.F")
        .writeTo(plugins, "nameless.jar");

    try (PluginHost host = PluginHost.load(plugins)) {
      PluginInfo nameless = host.plugins().get(0);
      assertEquals(State.FAILED, nameless.state());
      assertTrue(nameless.reason().contains("gives no name"), nameless.reason());
    }
  }

  private static Class<IndicatorProviderFactory> factoryPoint() {
    return IndicatorProviderFactory.class;
  }

  private String factory(String pluginPackage, String initFailure) {
    return """
        package com.acme.%PKG%;

        import id.kinerja.plugin.api.Configuration;
        import id.kinerja.plugin.api.IndicatorProvider;
        import id.kinerja.plugin.api.IndicatorProviderFactory;
        import id.kinerja.plugin.api.LocalizedText;
        import java.util.List;

        public final class F implements IndicatorProviderFactory {
          public String id() { return "f"; }
          public LocalizedText name() { return LocalizedText.of("F", "F"); }
          public void init() {
            %FAILURE%
            System.setProperty("%KEY%", "init");
          }
          public void close() {
            System.setProperty("%KEY%", System.getProperty("%KEY%") + " close");
          }
          public IndicatorProvider create(Configuration config) { return List::of; }
        }
        """
        .replace("%PKG%", pluginPackage)
        .replace("%FAILURE%", initFailure)
        .replace("%KEY%", key);
  }
}
