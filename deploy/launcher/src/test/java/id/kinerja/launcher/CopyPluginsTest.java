package id.kinerja.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyPluginsTest {

  @TempDir Path repo;
  @TempDir Path pluginsDir;

  @Test
  void theShippedPluginsAreCopiedButNotTheVendorTemplateNorAnOldJar() throws IOException {
    jar("administration-indicators/target/administration-indicators-0.1.0-SNAPSHOT.jar");
    jar("administration-indicators/target/administration-indicators-0.1.0-SNAPSHOT-sources.jar");
    jar("plugin-template/target/example-indicators-1.0.0.jar");
    Files.writeString(pluginsDir.resolve("removed-plugin.jar"), "old");

    int copied = Launcher.copyPlugins(repo, pluginsDir);

    assertEquals(1, copied);
    try (Stream<Path> files = Files.list(pluginsDir)) {
      assertEquals(
          List.of("administration-indicators-0.1.0-SNAPSHOT.jar"),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }

  private void jar(String path) throws IOException {
    Path file = repo.resolve("plugins").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "jar");
  }
}
