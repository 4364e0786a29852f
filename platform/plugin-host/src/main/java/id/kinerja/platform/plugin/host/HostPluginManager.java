package id.kinerja.platform.plugin.host;

import java.nio.file.Path;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J configured for the platform: jar plugins described by their manifest, always in deployment
 * mode, each in an {@link ApiFirstPluginClassLoader}, with the plugin API's version as the system
 * version so that {@code Plugin-Requires} is enforced.
 *
 * <p>The host decides which jars to load and reports refusals itself, so this manager loads one
 * path at a time and does not log PF4J's own warning for an incompatible plugin: it leaves the
 * plugin {@code DISABLED}, which the host turns into a refusal.
 */
final class HostPluginManager extends JarPluginManager {

  HostPluginManager(Path pluginsDir, String apiVersion) {
    super(pluginsDir);
    setSystemVersion(apiVersion);
    setExactVersionAllowed(false);
  }

  /** Loads one plugin jar without resolving: call {@link #resolve()} after the last one. */
  PluginWrapper load(Path jar) {
    return loadPluginFromPath(jar);
  }

  void resolve() {
    resolvePlugins();
  }

  /**
   * Whether the platform's API version is within a {@code Plugin-Requires} range. Throws if the
   * range cannot be parsed.
   */
  boolean accepts(String requires) {
    String range = requires.trim();
    if (!isExactVersionAllowed() && range.matches("^\\d+\\.\\d+\\.\\d+$")) {
      // As PF4J does: a bare version means "this version or later".
      range = ">=" + range;
    }
    return getVersionManager().checkVersionConstraint(getSystemVersion(), range);
  }

  @Override
  protected boolean isPluginValid(PluginWrapper pluginWrapper) {
    return accepts(pluginWrapper.getDescriptor().getRequires());
  }

  @Override
  public RuntimeMode getRuntimeMode() {
    // Never PF4J's development mode, whatever the pf4j.mode system property says.
    return RuntimeMode.DEPLOYMENT;
  }

  @Override
  protected PluginRepository createPluginRepository() {
    return new JarPluginRepository(getPluginsRoots());
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this) {
      @Override
      protected PluginClassLoader createPluginClassLoader(
          Path pluginPath, PluginDescriptor pluginDescriptor) {
        return new ApiFirstPluginClassLoader(
            pluginManager, pluginDescriptor, HostPluginManager.class.getClassLoader());
      }
    };
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    // Enabling a plugin for a region is data, not PF4J's enabled.txt / disabled.txt.
    return new PluginStatusProvider() {
      @Override
      public boolean isPluginDisabled(String pluginId) {
        return false;
      }

      @Override
      public void disablePlugin(String pluginId) {
        throw new UnsupportedOperationException("plugins are enabled per region, as data");
      }

      @Override
      public void enablePlugin(String pluginId) {}
    };
  }
}
