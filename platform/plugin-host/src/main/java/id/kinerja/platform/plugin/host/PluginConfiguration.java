package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ConfigurationException;
import id.kinerja.plugin.api.ExtensionFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a region's stored values for a factory into the configuration the factory is given: the
 * checks the platform makes for every factory, from what the factory declares, before the factory's
 * own {@link ExtensionFactory#validate(Map)}.
 */
public final class PluginConfiguration {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private PluginConfiguration() {}

  /**
   * The configuration to create a provider with, or every problem with the region's values.
   *
   * <p>Declared defaults fill the properties the region leaves out (a blank value counts as left
   * out); required properties must then have a value; values must match their declared type (an
   * {@code INTEGER} within the range of a Java {@code int}, a {@code DECIMAL} written with a dot, a
   * {@code BOOLEAN} {@code true} or {@code false}, a {@code CHOICE} one of its options); keys the
   * factory does not declare are refused. Only when all that holds is the factory's own {@link
   * ExtensionFactory#validate(Map) validate} called.
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
                  "'" + property.labelId() + "' wajib diisi.",
                  "'" + property.labelEn() + "' is required."));
        }
        continue;
      }
      ConfigurationProblem typeProblem = typeProblem(property, value);
      if (typeProblem == null) {
        config.put(property.name(), canonical(property, value));
      } else {
        problems.add(typeProblem);
      }
    }

    TreeSet<String> unknown = new TreeSet<>(given.keySet());
    declared.forEach(p -> unknown.remove(p.name()));
    for (String key : unknown) {
      problems.add(
          new ConfigurationProblem(
              key,
              "Properti '" + key + "' tidak dikenal oleh " + factory.nameId() + ".",
              "Property '" + key + "' is not known to " + factory.nameEn() + "."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }

    Map<String, String> effective = Collections.unmodifiableMap(config);
    try {
      factory.validate(effective);
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

  /** What is wrong with a value for a property's declared type, or {@code null} if it fits. */
  private static ConfigurationProblem typeProblem(ConfigProperty property, String value) {
    return switch (property.type()) {
      case TEXT -> null;
      case INTEGER ->
          isInt(value)
              ? null
              : problem(
                  property,
                  value,
                  "harus berupa bilangan bulat, misalnya 60",
                  "must be a whole number, for example 60");
      case DECIMAL ->
          DECIMAL.matcher(value).matches()
              ? null
              : problem(
                  property,
                  value,
                  "harus berupa angka desimal dengan titik, misalnya 2.5",
                  "must be a decimal number written with a dot, for example 2.5");
      case BOOLEAN ->
          value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? null
              : problem(property, value, "harus bernilai true atau false", "must be true or false");
      case CHOICE ->
          property.options().contains(value)
              ? null
              : problem(
                  property,
                  value,
                  "harus salah satu dari: " + String.join(", ", property.options()),
                  "must be one of: " + String.join(", ", property.options()));
    };
  }

  private static boolean isInt(String value) {
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A value that fits its type, written the one way the factory is given it. */
  private static String canonical(ConfigProperty property, String value) {
    return switch (property.type()) {
      case INTEGER -> Integer.toString(Integer.parseInt(value));
      case BOOLEAN -> value.toLowerCase(Locale.ROOT);
      case TEXT, DECIMAL, CHOICE -> value;
    };
  }

  private static ConfigurationProblem problem(
      ConfigProperty property, String value, String ruleId, String ruleEn) {
    return new ConfigurationProblem(
        property.name(),
        "'" + property.labelId() + "' " + ruleId + ", bukan \"" + value + "\".",
        "'" + property.labelEn() + "' " + ruleEn + ", not \"" + value + "\".");
  }
}
