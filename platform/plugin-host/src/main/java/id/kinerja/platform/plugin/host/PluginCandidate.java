package id.kinerja.platform.plugin.host;

import static id.kinerja.platform.plugin.host.PluginHost.describe;

import id.kinerja.platform.plugin.host.PluginInfo.State;
import id.kinerja.plugin.api.ExtensionFactory;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginWrapper;

/** One plugin jar on its way through loading; {@code state} stays null while nothing failed. */
final class PluginCandidate {

  private static final System.Logger LOG = System.getLogger(PluginHost.class.getName());
  private static final String EXAMPLE_RANGE = "\">=1.0.0 & <2.0.0\"";

  final Path jar;
  String id;
  String version;
  String description;
  String provider;
  String requires;
  PluginWrapper wrapper;
  State state;
  String reason;
  final Map<Class<?>, List<LoadedFactory<?>>> factories = new LinkedHashMap<>();

  PluginCandidate(Path jar) {
    this.jar = jar;
  }

  void readManifest(HostPluginManager manager) {
    Manifest manifest;
    try (JarFile file = new JarFile(jar.toFile())) {
      manifest = file.getManifest();
    } catch (IOException e) {
      refuse("the jar cannot be read: " + describe(e));
      return;
    }
    if (manifest == null) {
      refuse(
          "the jar has no META-INF/MANIFEST.MF, so it is not a Kinerja plugin"
              + " (a plugin names itself there with Plugin-Id, Plugin-Version and"
              + " Plugin-Requires)");
      return;
    }
    Attributes attributes = manifest.getMainAttributes();
    id = blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_ID));
    version = blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_VERSION));
    description =
        blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_DESCRIPTION));
    provider = blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_PROVIDER));
    requires = blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_REQUIRES));
    String dependencies =
        blankToNull(attributes.getValue(ManifestPluginDescriptorFinder.PLUGIN_DEPENDENCIES));

    if (id == null) {
      refuse(
          "its manifest has no Plugin-Id entry, so it is not a Kinerja plugin"
              + " (a plugin names itself with Plugin-Id, Plugin-Version and Plugin-Requires)");
    } else if (version == null) {
      refuse("its manifest has no Plugin-Version entry");
    } else if (requires == null || requires.equals("*")) {
      refuse(
          "its manifest names no Plugin-Requires range: a plugin must state the plugin API"
              + " versions it works with, for example "
              + EXAMPLE_RANGE);
    } else if (dependencies != null) {
      refuse(
          "it declares Plugin-Dependencies ("
              + dependencies
              + "), but a plugin may depend on the plugin API only, not on other plugins");
    } else {
      try {
        manager.accepts(requires);
      } catch (RuntimeException e) {
        refuse(
            "its Plugin-Requires \""
                + requires
                + "\" is not a version range; write for example "
                + EXAMPLE_RANGE);
      }
    }
  }

  void checkClasses() {
    String problem;
    try {
      problem = PluginClassCheck.problem(jar);
    } catch (IOException | RuntimeException e) {
      problem = "its classes cannot be read: " + describe(e);
    }
    if (problem != null) {
      refuse(problem);
    }
  }

  void load(HostPluginManager manager) {
    try {
      wrapper = manager.load(jar);
    } catch (RuntimeException e) {
      refuse("it cannot be loaded: " + describe(e));
      return;
    }
    if (wrapper == null) {
      refuse("it cannot be loaded");
    }
  }

  /** Instantiates, checks and initialises the plugin's factories; the plugin fails on a fault. */
  void findFactories() {
    ClassLoader loader = wrapper.getPluginClassLoader();
    Map<Class<?>, List<LoadedFactory<?>>> found = new LinkedHashMap<>();
    for (Class<? extends ExtensionFactory<?>> point : PluginHost.EXTENSION_POINTS) {
      List<LoadedFactory<?>> ofPoint = identified(point, loader);
      if (ofPoint == null) {
        return;
      }
      found.put(point, ofPoint);
    }
    if (initialised(found)) {
      factories.putAll(found);
      state = State.STARTED;
    }
  }

  /** The plugin's factories of one extension point, or {@code null} when one is at fault. */
  private List<LoadedFactory<?>> identified(
      Class<? extends ExtensionFactory<?>> point, ClassLoader loader) {
    List<? extends ExtensionFactory<?>> instances;
    try {
      instances = ownFactories(point, loader);
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      fail("one of its " + point.getSimpleName() + "s cannot be instantiated: " + describe(e));
      return null;
    }
    List<LoadedFactory<?>> loaded = new ArrayList<>();
    Set<String> factoryIds = new HashSet<>();
    for (ExtensionFactory<?> factory : instances) {
      String problem = identityProblem(point, factory, factoryIds);
      if (problem != null) {
        fail(problem);
        return null;
      }
      loaded.add(new LoadedFactory<>(id, factory));
    }
    return loaded;
  }

  /** What is wrong with a factory's id or name, or {@code null}; records the id in {@code ids}. */
  private static String identityProblem(
      Class<?> point, ExtensionFactory<?> factory, Set<String> ids) {
    String type = factory.getClass().getName();
    String factoryId;
    try {
      factoryId = factory.id();
    } catch (RuntimeException | LinkageError e) {
      return type + ".id() failed: " + describe(e);
    }
    if (factoryId == null || factoryId.isBlank()) {
      return type + " gives no id";
    }
    if (!ids.add(factoryId)) {
      return "two of its " + point.getSimpleName() + "s have the same id '" + factoryId + "'";
    }
    try {
      factory.name();
    } catch (RuntimeException | StackOverflowError e) {
      return type + " gives no name: it must implement name() (or nameId() and nameEn())";
    }
    return null;
  }

  /** Calls every factory's init; on a failure closes those already initialised. */
  private boolean initialised(Map<Class<?>, List<LoadedFactory<?>>> found) {
    List<LoadedFactory<?>> started = new ArrayList<>();
    for (LoadedFactory<?> loaded : found.values().stream().flatMap(List::stream).toList()) {
      try {
        loaded.factory().init();
        started.add(loaded);
      } catch (RuntimeException | LinkageError e) {
        started.forEach(PluginHost::closeFactory);
        fail(loaded.factory().getClass().getName() + ".init() failed: " + describe(e));
        return false;
      }
    }
    return true;
  }

  void refuse(String why) {
    state = State.REFUSED;
    reason = why;
    factories.clear();
  }

  void fail(String why) {
    state = State.FAILED;
    reason = why;
    factories.clear();
  }

  void log() {
    String name = id == null ? "Plugin without Plugin-Id" : "Plugin '" + id + "'";
    if (state == State.STARTED) {
      String found =
          factories.entrySet().stream()
              .filter(e -> !e.getValue().isEmpty())
              .map(
                  e ->
                      ((Class<?>) e.getKey()).getSimpleName()
                          + " "
                          + e.getValue().stream()
                              .map(f -> f.factory().id())
                              .collect(Collectors.joining(", ", "[", "]")))
              .collect(Collectors.joining("; "));
      LOG.log(
          Level.INFO,
          name
              + " "
              + version
              + " from "
              + jar
              + " started"
              + (found.isEmpty() ? " (it supplies no factory)" : ": " + found));
    } else {
      String verb = state == State.REFUSED ? "refused" : "failed";
      LOG.log(Level.WARNING, name + " from " + jar + " " + verb + ": " + reason);
    }
  }

  PluginInfo info() {
    return new PluginInfo(id, version, description, provider, requires, jar, state, reason);
  }

  private static <S extends ExtensionFactory<?>> List<S> ownFactories(
      Class<S> extensionPoint, ClassLoader pluginLoader) {
    // Keep only the providers that the plugin itself defines (a bundled copy of the API could
    // list others).
    return ServiceLoader.load(extensionPoint, pluginLoader).stream()
        .filter(provider -> provider.type().getClassLoader() == pluginLoader)
        .map(ServiceLoader.Provider::get)
        .collect(Collectors.toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
