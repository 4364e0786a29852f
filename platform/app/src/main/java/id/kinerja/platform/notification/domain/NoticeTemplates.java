package id.kinerja.platform.notification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of every {@link NoticeKind} in Indonesian and English ({@code notices_id.properties},
 * {@code notices_en.properties} beside this class), with {@code {param}} placeholders filled from
 * the caller's parameters. A placeholder without a parameter becomes empty.
 */
public final class NoticeTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Properties INDONESIAN = load("notices_id.properties");
  private static final Properties ENGLISH = load("notices_en.properties");

  private NoticeTemplates() {}

  /** The Indonesian texts. */
  public static NoticeText indonesian(NoticeKind kind, Map<String, String> params) {
    return render(INDONESIAN, kind, params);
  }

  /** The English texts. */
  public static NoticeText english(NoticeKind kind, Map<String, String> params) {
    return render(ENGLISH, kind, params);
  }

  private static NoticeText render(
      Properties templates, NoticeKind kind, Map<String, String> params) {
    return new NoticeText(
        fill(template(templates, kind + ".subject"), params),
        fill(template(templates, kind + ".body"), params));
  }

  private static String template(Properties templates, String key) {
    String template = templates.getProperty(key);
    if (template == null) {
      throw new IllegalStateException("No notice template " + key);
    }
    return template;
  }

  static String fill(String template, Map<String, String> params) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params == null ? null : params.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.strip()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = NoticeTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
