package id.kinerja.platform.plugin.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Checks, before a plugin is loaded, that its classes reach only what a plugin is given: the JDK,
 * the plugin API and the plugin's own classes. A plugin that refers to the platform's classes
 * ({@code id.kinerja.*} beyond the API), to Jakarta EE ({@code jakarta.*}) or to PF4J would fail
 * later, somewhere inside a region's evaluation, when its class loader does not find them; it is
 * refused at start instead, with the classes named. Other classes it lacks (a bundled library's
 * optional dependencies, annotations such as JSR 305's) are left to the class loader, as they often
 * go unused.
 */
final class PluginClassCheck {

  private static final List<String> FORBIDDEN_PREFIXES =
      List.of("id.kinerja.", "jakarta.", "org.pf4j.");
  private static final int NAMED_AT_MOST = 5;

  private PluginClassCheck() {}

  /**
   * Why a plugin jar may not run, or {@code null} if its classes reach nothing forbidden.
   *
   * @throws IOException if the jar cannot be read
   */
  static String problem(Path jar) throws IOException {
    Map<String, Set<String>> references = new LinkedHashMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String path = entry.getName();
        if (entry.isDirectory() || !path.endsWith(".class") || path.contains("-INF/")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
          references.put(className, ClassReferences.of(in.readAllBytes()));
        }
      }
    }
    Set<String> own = new HashSet<>(references.keySet());
    Map<String, String> forbidden = new LinkedHashMap<>();
    references.forEach(
        (from, used) ->
            used.stream()
                .filter(name -> !own.contains(name) && isForbidden(name))
                .forEach(name -> forbidden.putIfAbsent(name, from)));
    if (forbidden.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    new TreeSet<>(forbidden.keySet())
        .stream()
            .limit(NAMED_AT_MOST)
            .forEach(name -> named.add(name + " (used by " + forbidden.get(name) + ")"));
    String more =
        forbidden.size() > NAMED_AT_MOST
            ? " and " + (forbidden.size() - NAMED_AT_MOST) + " more"
            : "";
    return "it uses classes a plugin is not given: "
        + named.stream().collect(Collectors.joining(", "))
        + more
        + "; a plugin may use only the JDK, the plugin API (id.kinerja.plugin.api) and the"
        + " classes in its own jar";
  }

  private static boolean isForbidden(String className) {
    if (className.startsWith(ApiFirstPluginClassLoader.API_PACKAGE_PREFIX)
        || ApiFirstPluginClassLoader.isJdkClass(className)) {
      return false;
    }
    return FORBIDDEN_PREFIXES.stream().anyMatch(className::startsWith);
  }
}
