package id.kinerja.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this API, against which plugins declare the range they need. */
public final class PluginApi {

  /**
   * The semantic version of this API, for example {@code 1.1.0}: a minor step adds types or members
   * and breaks no plugin built against an earlier minor version of the same major one.
   */
  public static final String VERSION = readVersion();

  private PluginApi() {}

  private static String readVersion() {
    try (InputStream in = PluginApi.class.getResourceAsStream("api-version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
