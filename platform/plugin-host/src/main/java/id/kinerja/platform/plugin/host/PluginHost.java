package id.kinerja.platform.plugin.host;

import id.kinerja.platform.plugin.host.PluginInfo.State;
import id.kinerja.plugin.api.ExtensionFactory;
import id.kinerja.plugin.api.FeedbackSourceFactory;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.PluginApi;
import id.kinerja.plugin.api.TrainingRuleFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.PluginState;

/**
 * The plugins found in the plugins folder at start, and the extension factories of those that run.
 *
 * <p>Every jar in the folder is taken for a plugin. A jar that is not a valid plugin, a plugin
 * whose {@code Plugin-Requires} range excludes the platform's {@link PluginApi#VERSION}, and a
 * plugin whose code fails when it is started or its factories are instantiated do not run: each is
 * listed by {@link #plugins()} with the reason, and logged in one line; the others load as usual.
 * Factories are found with {@link ServiceLoader} in each plugin's own {@code META-INF/services}.
 *
 * <p>A host is loaded once, read by many threads, and {@linkplain #close() closed} at shutdown;
 * factories must not be used after that.
 */
public final class PluginHost implements AutoCloseable {

  /** The extension points the host looks for: a new one is one more line here. */
  static final List<Class<? extends ExtensionFactory<?>>> EXTENSION_POINTS =
      List.of(
          IndicatorProviderFactory.class, FeedbackSourceFactory.class, TrainingRuleFactory.class);

  private static final System.Logger LOG = System.getLogger(PluginHost.class.getName());

  private final HostPluginManager manager;
  private final List<PluginInfo> plugins;
  private final Map<Class<?>, List<LoadedFactory<?>>> factories;
  private boolean closed;

  private PluginHost(
      HostPluginManager manager,
      List<PluginInfo> plugins,
      Map<Class<?>, List<LoadedFactory<?>>> factories) {
    this.manager = manager;
    this.plugins = List.copyOf(plugins);
    this.factories = Map.copyOf(factories);
  }

  /**
   * Loads every plugin jar in a folder and starts those that are compatible and work.
   *
   * @param pluginsDir the plugins folder; if it is missing or holds no jar, the host has no plugins
   * @throws UncheckedIOException if the folder exists but cannot be listed
   * @throws IllegalStateException if the platform's own plugin API version is not a semantic
   *     version (a build fault)
   */
  public static PluginHost load(Path pluginsDir) {
    Objects.requireNonNull(pluginsDir, "pluginsDir");
    List<Path> jars = jarsIn(pluginsDir);
    if (jars.isEmpty()) {
      LOG.log(Level.INFO, "No plugins in " + pluginsDir);
      return new PluginHost(null, List.of(), Map.of());
    }
    String apiVersion = PluginApi.VERSION;
    HostPluginManager manager = new HostPluginManager(pluginsDir, apiVersion);
    checkSemanticVersion(manager, apiVersion);

    List<PluginCandidate> candidates = jars.stream().map(PluginCandidate::new).toList();
    candidates.forEach(c -> c.readManifest(manager));
    refuseDuplicateIds(candidates);
    running(candidates).forEach(PluginCandidate::checkClasses);
    running(candidates).forEach(c -> c.load(manager));
    resolve(manager, candidates);
    for (PluginCandidate c : running(candidates)) {
      if (c.wrapper.getPluginState() == PluginState.DISABLED) {
        c.refuse("requires plugin API " + c.requires + " but the platform provides " + apiVersion);
      }
    }
    manager.startPlugins();
    for (PluginCandidate c : running(candidates)) {
      if (c.wrapper.getPluginState() != PluginState.STARTED) {
        c.fail("it could not be started: " + describe(c.wrapper.getFailedException()));
      }
    }
    running(candidates).forEach(PluginCandidate::findFactories);

    Map<Class<?>, List<LoadedFactory<?>>> factories = new LinkedHashMap<>();
    EXTENSION_POINTS.forEach(point -> factories.put(point, new ArrayList<>()));
    for (PluginCandidate c : candidates) {
      if (c.state == State.STARTED) {
        c.factories.forEach((point, found) -> factories.get(point).addAll(found));
      } else if (c.wrapper != null) {
        unload(manager, c.id);
      }
      c.log();
    }
    factories.replaceAll((point, found) -> List.copyOf(found));
    return new PluginHost(
        manager, candidates.stream().map(PluginCandidate::info).toList(), factories);
  }

  /** Every plugin jar found, in the order of their file names, whether it runs or not. */
  public List<PluginInfo> plugins() {
    return plugins;
  }

  /**
   * The factories of one extension point that the started plugins supply, plugin by plugin.
   *
   * @param extensionPoint for example {@code IndicatorProviderFactory.class}
   * @throws IllegalArgumentException if the host does not look for that extension point
   */
  public <F extends ExtensionFactory<?>> List<LoadedFactory<F>> factories(Class<F> extensionPoint) {
    if (!EXTENSION_POINTS.contains(extensionPoint)) {
      throw new IllegalArgumentException(
          extensionPoint.getName() + " is not an extension point the plugin host looks for");
    }
    return factories.getOrDefault(extensionPoint, List.of()).stream()
        .map(f -> new LoadedFactory<>(f.pluginId(), extensionPoint.cast(f.factory())))
        .toList();
  }

  /** The indicator-provider factories that the started plugins supply. */
  public List<LoadedFactory<IndicatorProviderFactory>> indicatorFactories() {
    return factories(IndicatorProviderFactory.class);
  }

  /** The 360 feedback source factories that the started plugins supply. */
  public List<LoadedFactory<FeedbackSourceFactory>> feedbackSourceFactories() {
    return factories(FeedbackSourceFactory.class);
  }

  /** The training-recommendation rule factories that the started plugins supply. */
  public List<LoadedFactory<TrainingRuleFactory>> trainingRuleFactories() {
    return factories(TrainingRuleFactory.class);
  }

  /**
   * {@linkplain ExtensionFactory#close() Closes} the factories, then stops the plugins and closes
   * their class loaders. Closing again does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed || manager == null) {
      closed = true;
      return;
    }
    closed = true;
    factories.values().stream().flatMap(List::stream).forEach(PluginHost::closeFactory);
    try {
      // unloadPlugins() stops each plugin first. PF4J 3.15's stopPlugins() is not used: it
      // removes from the list it iterates and throws ConcurrentModificationException.
      manager.unloadPlugins();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugins could not all be stopped and unloaded", e);
    }
  }

  static void closeFactory(LoadedFactory<?> loaded) {
    try {
      loaded.factory().close();
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Plugin '"
              + loaded.pluginId()
              + "': closing factory "
              + loaded.factory().getClass().getName()
              + " failed: "
              + describe(e));
    }
  }

  private static List<Path> jarsIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the plugins folder " + dir, e);
    }
  }

  private static void checkSemanticVersion(HostPluginManager manager, String apiVersion) {
    try {
      manager.getVersionManager().compareVersions(apiVersion, apiVersion);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The platform's plugin API version '" + apiVersion + "' is not a semantic version", e);
    }
  }

  private static void refuseDuplicateIds(List<PluginCandidate> candidates) {
    Map<String, List<PluginCandidate>> byId =
        running(candidates).stream()
            .collect(Collectors.groupingBy(c -> c.id, LinkedHashMap::new, Collectors.toList()));
    for (List<PluginCandidate> sameId : byId.values()) {
      if (sameId.size() > 1) {
        for (PluginCandidate c : sameId) {
          String others =
              sameId.stream()
                  .filter(o -> o != c)
                  .map(o -> o.jar.getFileName().toString())
                  .collect(Collectors.joining(", "));
          c.refuse(
              "its id '"
                  + c.id
                  + "' is also used by "
                  + others
                  + "; keep only one jar with this id in the plugins folder");
        }
      }
    }
  }

  private static void resolve(HostPluginManager manager, List<PluginCandidate> candidates) {
    try {
      manager.resolve();
    } catch (RuntimeException e) {
      // Cannot happen while plugins may not depend on each other; refuse rather than guess.
      running(candidates).forEach(c -> c.refuse("it cannot be resolved: " + describe(e)));
    }
  }

  private static List<PluginCandidate> running(List<PluginCandidate> candidates) {
    return candidates.stream().filter(c -> c.state == null).toList();
  }

  private static void unload(HostPluginManager manager, String pluginId) {
    try {
      manager.unloadPlugin(pluginId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin '" + pluginId + "' could not be unloaded", e);
    }
  }

  /** An exception and its causes in one line, for operators. */
  static String describe(Throwable e) {
    if (e == null) {
      return "no cause given";
    }
    String message = e.getMessage();
    String text =
        message == null || message.isBlank()
            ? e.getClass().getName()
            : e.getClass().getSimpleName() + ": " + message;
    Throwable cause = e.getCause();
    return cause == null || cause == e ? text : text + " (caused by " + describe(cause) + ")";
  }
}
