package id.kinerja.platform.plugin.host;

import static org.junit.jupiter.api.Assertions.fail;

import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.plugin.api.PluginApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar for a test: a manifest, sources compiled with javac against the
 * platform's plugin API, service files and any other entries.
 */
final class PluginJar {

  private final Manifest manifest = new Manifest();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, List<String>> services = new LinkedHashMap<>();
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final List<Path> compileClasspath = new ArrayList<>(List.of(pluginApiLocation()));

  private PluginJar() {
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
  }

  /** A plugin for the 1.x API, as the plugin parent pom builds it. */
  static PluginJar plugin(String id) {
    return new PluginJar()
        .manifest("Plugin-Id", id)
        .manifest("Plugin-Version", "1.0.0")
        .manifest("Plugin-Requires", ">=1.0.0 & <2.0.0")
        .manifest("Plugin-Provider", "PT Contoh Vendor")
        .manifest("Plugin-Description", "Test plugin " + id);
  }

  /** A jar with a manifest but no plugin entries, such as a plain library. */
  static PluginJar plainJar() {
    return new PluginJar();
  }

  /** Sets a manifest entry, or removes it when the value is {@code null}. */
  PluginJar manifest(String name, String value) {
    if (value == null) {
      manifest.getMainAttributes().remove(new Attributes.Name(name));
    } else {
      manifest.getMainAttributes().putValue(name, value);
    }
    return this;
  }

  PluginJar source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** Compiles the sources against the jar or folder of a class too, without bundling it. */
  PluginJar compiledAgainst(Class<?> type) {
    compileClasspath.add(locationOf(type));
    return this;
  }

  PluginJar service(Class<?> extensionPoint, String className) {
    services.computeIfAbsent(extensionPoint.getName(), k -> new ArrayList<>()).add(className);
    return this;
  }

  PluginJar entry(String path, byte[] content) {
    entries.put(path, content);
    return this;
  }

  /**
   * Adds an indicator-provider factory, listed in the jar's service file, whose one indicator has
   * the code {@code <factoryId>-count}.
   *
   * @param nameEn a Java expression for {@code nameEn()}, so a test can observe what the plugin
   *     sees
   */
  PluginJar indicatorFactory(String className, String factoryId, String nameEn) {
    return indicatorFactory(className, factoryId, nameEn, "");
  }

  /** As {@link #indicatorFactory(String, String, String)}, with a constructor body. */
  PluginJar indicatorFactory(
      String className, String factoryId, String nameEn, String constructorBody) {
    int lastDot = className.lastIndexOf('.');
    String code =
        """
        package %PACKAGE%;

        import id.kinerja.plugin.api.IndicatorDefinition;
        import id.kinerja.plugin.api.IndicatorProvider;
        import id.kinerja.plugin.api.IndicatorProviderFactory;
        import java.util.List;
        import java.util.Map;

        public final class %NAME% implements IndicatorProviderFactory {
          public %NAME%() {
            %CONSTRUCTOR%
          }
          public String id() { return "%ID%"; }
          public String nameId() { return "Indikator %ID%"; }
          public String nameEn() { return %NAME_EN%; }
          public IndicatorProvider create(Map<String, String> config) {
            return () -> List.of(new IndicatorDefinition("%ID%-count", "Jumlah", "Count", "kali",
                IndicatorDefinition.Aspect.QUANTITY, IndicatorDefinition.Direction.HIGHER_IS_BETTER,
                "", ""));
          }
        }
        """
            .replace("%PACKAGE%", className.substring(0, lastDot))
            .replace("%NAME%", className.substring(lastDot + 1))
            .replace("%CONSTRUCTOR%", constructorBody)
            .replace("%ID%", factoryId)
            .replace("%NAME_EN%", nameEn);
    return source(className, code).service(IndicatorProviderFactory.class, className);
  }

  /** Writes the jar into a folder and returns its path. */
  Path writeTo(Path dir, String fileName) {
    try {
      Files.createDirectories(dir);
      Path jar = dir.resolve(fileName);
      Path work = Files.createTempDirectory("plugin-jar");
      try {
        Path classes = compile(work);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
          if (classes != null) {
            addTree(out, classes);
          }
          for (Map.Entry<String, List<String>> service : services.entrySet()) {
            put(
                out,
                "META-INF/services/" + service.getKey(),
                (String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
          }
          for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            put(out, entry.getKey(), entry.getValue());
          }
        }
      } finally {
        deleteTree(work);
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path compile(Path work) throws IOException {
    if (sources.isEmpty()) {
      return null;
    }
    Path sourceDir = work.resolve("src");
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-classpath",
              compileClasspath.stream()
                  .map(Path::toString)
                  .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)),
              "-d",
              classes.toString());
      boolean compiled =
          compiler
              .getTask(
                  null,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      if (!compiled) {
        fail("Plugin sources do not compile: " + diagnostics.getDiagnostics());
      }
    }
    return classes;
  }

  /** Where the platform's plugin API classes are: a jar or a classes folder. */
  static Path pluginApiLocation() {
    return locationOf(PluginApi.class);
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addTree(JarOutputStream out, Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      put(out, root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
  }

  private static void put(JarOutputStream out, String path, byte[] content) throws IOException {
    out.putNextEntry(new JarEntry(path));
    out.write(content);
    out.closeEntry();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
