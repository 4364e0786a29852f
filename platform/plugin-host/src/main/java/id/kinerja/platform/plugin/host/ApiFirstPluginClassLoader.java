package id.kinerja.platform.plugin.host;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin's own jar first, except for the plugin API and the JDK, which
 * always come from the platform.
 *
 * <p>Plugin-first keeps the libraries a plugin bundles from colliding with the platform's or
 * another plugin's. The API must be shared, or a plugin that bundles its own copy of it would hand
 * the platform objects of an unrelated {@code IndicatorProviderFactory} type. PF4J itself only
 * shares {@code java.*} and {@code org.pf4j.*}; the JDK's other packages ({@code javax.*}, {@code
 * jdk.*}, ...) are shared here too.
 */
final class ApiFirstPluginClassLoader extends PluginClassLoader {

  static final String API_PACKAGE_PREFIX = "id.kinerja.plugin.api.";
  private static final String API_RESOURCE_PREFIX = API_PACKAGE_PREFIX.replace('.', '/');
  private static final Set<String> JDK_PACKAGES = jdkPackages();

  ApiFirstPluginClassLoader(
      PluginManager pluginManager, PluginDescriptor pluginDescriptor, ClassLoader parent) {
    super(pluginManager, pluginDescriptor, parent, ClassLoadingStrategy.PDA);
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    return className.startsWith(API_PACKAGE_PREFIX)
        || isJdkClass(className)
        || super.shouldDelegateToParent(className);
  }

  @Override
  public URL getResource(String name) {
    return isApiResource(name) ? getParent().getResource(name) : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return isApiResource(name) ? getParent().getResources(name) : super.getResources(name);
  }

  private static boolean isApiResource(String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    return path.startsWith(API_RESOURCE_PREFIX);
  }

  private static boolean isJdkClass(String className) {
    int lastDot = className.lastIndexOf('.');
    return lastDot > 0 && JDK_PACKAGES.contains(className.substring(0, lastDot));
  }

  /** The packages of the JDK's own modules: those defined to the boot or platform loader. */
  private static Set<String> jdkPackages() {
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    return ModuleLayer.boot().modules().stream()
        .filter(m -> m.getClassLoader() == null || m.getClassLoader() == platform)
        .flatMap(m -> m.getPackages().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
