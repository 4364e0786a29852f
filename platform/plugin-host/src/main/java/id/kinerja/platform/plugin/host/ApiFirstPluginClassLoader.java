package id.kinerja.platform.plugin.host;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.ClassLoadingStrategy.Source;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin API and the JDK from the platform, everything else from the
 * plugin's own jar, and nothing else. The platform's own classes (and Jakarta EE's, and the
 * libraries in the WAR) are not visible to a plugin even though the platform's loader is this
 * loader's parent: a plugin that needs them is refused at start ({@link PluginClassCheck}), and a
 * plugin that loads one by name gets a {@link ClassNotFoundException}.
 *
 * <p>Plugin-first keeps the libraries a plugin bundles from colliding with the platform's or
 * another plugin's. The API must be shared, or a plugin that bundles its own copy of it would hand
 * the platform objects of an unrelated {@code IndicatorProviderFactory} type. PF4J itself only
 * shares {@code java.*} and {@code org.pf4j.*}; here the JDK's other packages ({@code javax.*},
 * {@code jdk.*}, ...) are shared too, and PF4J's are not: a plugin is a jar of factories, not a
 * PF4J {@code Plugin} class.
 */
final class ApiFirstPluginClassLoader extends PluginClassLoader {

  static final String API_PACKAGE_PREFIX = "id.kinerja.plugin.api.";
  private static final String API_RESOURCE_PREFIX = API_PACKAGE_PREFIX.replace('.', '/');
  private static final Set<String> JDK_PACKAGES = jdkPackages();

  ApiFirstPluginClassLoader(
      PluginManager pluginManager, PluginDescriptor pluginDescriptor, ClassLoader parent) {
    // Never the application (the parent) but through shouldDelegateToParent.
    super(
        pluginManager,
        pluginDescriptor,
        parent,
        new ClassLoadingStrategy(List.of(Source.PLUGIN, Source.DEPENDENCIES)));
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    // PF4J's own (org.pf4j.*) stay visible: PF4J instantiates its default Plugin through this
    // loader. A plugin's classes may not refer to them (PluginClassCheck).
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

  static boolean isJdkClass(String className) {
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
