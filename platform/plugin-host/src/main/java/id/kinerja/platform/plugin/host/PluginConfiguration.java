package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.Configuration;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.ExtensionFactory;
import id.kinerja.plugin.api.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a region's stored values for a factory into the configuration the factory is given: the
 * checks the platform makes for every factory, from what the factory declares, before the factory's
 * own {@link ExtensionFactory#validate(Configuration)}.
 */
public final class PluginConfiguration {

  private PluginConfiguration() {}

  /**
   * The typed configuration to create a provider with, or every problem with the region's values:
   * {@link #effectiveConfig} read by the factory's declaration.
   *
   * @throws InvalidConfigurationException with every problem found, in Bahasa Indonesia and English
   */
  public static Configuration configuration(
      ExtensionFactory<?> factory, Map<String, String> regionValues)
      throws InvalidConfigurationException {
    return Configuration.of(factory.configProperties(), effectiveConfig(factory, regionValues));
  }

  /**
   * The configuration to create a provider with, as text, or every problem with the region's
   * values.
   *
   * <p>Declared defaults fill the properties the region leaves out (a blank value counts as left
   * out); required properties must then have a value; values must match their declared type (an
   * {@code INTEGER} within the range of a Java {@code int}, a {@code DECIMAL} written with a dot, a
   * {@code BOOLEAN} {@code true} or {@code false}, a {@code CHOICE} one of its options), numbers
   * within their declared {@code min} and {@code max}; keys the factory does not declare are
   * refused. Only when all that holds is the factory's own {@link
   * ExtensionFactory#validate(Configuration) validate} called.
   *
   * @param factory the factory being configured
   * @param regionValues the region's values by property name; {@code null} counts as none
   * @return the values by property name in declaration order, defaults filled in, unmodifiable
   * @throws InvalidConfigurationException with every problem found, in Bahasa Indonesia and English
   */
  public static Map<String, String> effectiveConfig(
      ExtensionFactory<?> factory, Map<String, String> regionValues)
      throws InvalidConfigurationException {
    Objects.requireNonNull(factory, "factory");
    Map<String, String> given = regionValues == null ? Map.of() : regionValues;
    List<ConfigProperty> declared = factory.configProperties();
    List<ConfigurationProblem> problems = new ArrayList<>();
    Map<String, String> config = new LinkedHashMap<>();

    for (ConfigProperty property : declared) {
      String value = valueOrNull(property, given.get(property.name()));
      if (value == null) {
        value = valueOrNull(property, property.defaultValue());
      }
      if (value == null) {
        if (property.required()) {
          problems.add(
              new ConfigurationProblem(
                  property.name(),
                  "'" + property.label().indonesian() + "' wajib diisi.",
                  "'" + property.label().english() + "' is required."));
        }
        continue;
      }
      Optional<LocalizedText> problem = property.problemWith(value);
      if (problem.isPresent()) {
        problems.add(
            new ConfigurationProblem(
                property.name(), problem.get().indonesian(), problem.get().english()));
      } else {
        config.put(property.name(), canonical(property, value));
      }
    }

    TreeSet<String> unknown = new TreeSet<>(given.keySet());
    declared.forEach(p -> unknown.remove(p.name()));
    for (String key : unknown) {
      problems.add(
          new ConfigurationProblem(
              key,
              "Properti '" + key + "' tidak dikenal oleh " + factory.name().indonesian() + ".",
              "Property '" + key + "' is not known to " + factory.name().english() + "."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }

    Map<String, String> effective = Collections.unmodifiableMap(config);
    try {
      factory.validate(Configuration.of(declared, effective));
    } catch (ConfigurationException e) {
      throw new InvalidConfigurationException(List.of(ConfigurationProblem.of(e)));
    } catch (RuntimeException e) {
      // A plugin bug, but the admin is the one who sees it: say so rather than fail the page.
      throw new InvalidConfigurationException(
          List.of(
              new ConfigurationProblem(
                  null,
                  "Plugin gagal memeriksa konfigurasi: " + e,
                  "The plugin failed while checking the configuration: " + e)));
    }
    return effective;
  }

  private static String valueOrNull(ConfigProperty property, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return property.type() == ConfigProperty.Type.TEXT ? value : value.strip();
  }

  /** A value that fits its type, written the one way the factory is given it. */
  private static String canonical(ConfigProperty property, String value) {
    return switch (property.type()) {
      case INTEGER -> Integer.toString(Integer.parseInt(value));
      case BOOLEAN -> value.toLowerCase(Locale.ROOT);
      case TEXT, DECIMAL, CHOICE -> value;
    };
  }
}
