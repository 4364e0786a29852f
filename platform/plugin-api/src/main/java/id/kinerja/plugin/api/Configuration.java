package id.kinerja.plugin.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A region's configuration of one factory, read typed by the names of the factory's {@link
 * ConfigProperty declared properties}.
 *
 * <p>The platform builds it only from values it has checked against the declaration (required
 * values present, each of its type, numbers within their bounds, choices among their options), so a
 * factory reads {@code config.integer("maxWaitMinutes")} and parses nothing. In a plugin's own
 * tests, {@link #of(List, Map)} builds one from the declaration and some values.
 *
 * @since 1.2.0
 */
public final class Configuration {

  private final Map<String, ConfigProperty> declared;
  private final Map<String, String> values;

  private Configuration(Map<String, ConfigProperty> declared, Map<String, String> values) {
    this.declared = declared;
    this.values = values;
  }

  /**
   * The configuration of a factory's declared properties: the given values, and the declared
   * defaults where a value is missing or blank. Unlike the platform, this checks nothing; values of
   * undeclared names are kept, and read as text only.
   *
   * @param declared the factory's {@link ExtensionFactory#configProperties()}
   * @param values the values by property name; {@code null} counts as none
   */
  public static Configuration of(List<ConfigProperty> declared, Map<String, String> values) {
    Map<String, ConfigProperty> byName = new LinkedHashMap<>();
    Map<String, String> effective = new LinkedHashMap<>();
    for (ConfigProperty property : declared) {
      byName.put(property.name(), property);
      String value = values == null ? null : values.get(property.name());
      value = value == null || value.isBlank() ? property.defaultValue() : value;
      if (value != null && !value.isBlank()) {
        effective.put(property.name(), value);
      }
    }
    if (values != null) {
      values.forEach((name, value) -> effective.putIfAbsent(name, value));
    }
    return new Configuration(
        Collections.unmodifiableMap(byName), Collections.unmodifiableMap(effective));
  }

  /**
   * As {@link #of(List, Map)}, checked as the platform checks a region's values: every required
   * property has a value, and every value fits its declaration ({@link
   * ConfigProperty#problemWith}). For a plugin's own tests and for factories that build a
   * configuration themselves.
   *
   * @throws ConfigurationException naming the first property at fault
   */
  public static Configuration checked(List<ConfigProperty> declared, Map<String, String> values)
      throws ConfigurationException {
    Configuration config = of(declared, values);
    for (ConfigProperty property : declared) {
      String value = config.values.get(property.name());
      if (value == null && property.required()) {
        throw new ConfigurationException(
            property.name(),
            LocalizedText.of(
                "'" + property.label().indonesian() + "' wajib diisi.",
                "'" + property.label().english() + "' is required."));
      }
      Optional<LocalizedText> problem = property.problemWith(value);
      if (problem.isPresent()) {
        throw new ConfigurationException(property.name(), problem.get());
      }
    }
    return config;
  }

  /**
   * The value of an {@link ConfigProperty.Type#INTEGER INTEGER} property.
   *
   * @throws NoSuchElementException if the property has no value
   * @throws IllegalArgumentException if it is not declared as an integer
   */
  public int integer(String name) {
    return Integer.parseInt(typed(name, ConfigProperty.Type.INTEGER).strip());
  }

  /**
   * The value of a {@link ConfigProperty.Type#DECIMAL DECIMAL} (or {@code INTEGER}) property.
   *
   * @throws NoSuchElementException if the property has no value
   * @throws IllegalArgumentException if it is not declared as a number
   */
  public BigDecimal decimal(String name) {
    ConfigProperty property = declared.get(name);
    ConfigProperty.Type type =
        property != null && property.type() == ConfigProperty.Type.INTEGER
            ? ConfigProperty.Type.INTEGER
            : ConfigProperty.Type.DECIMAL;
    return new BigDecimal(typed(name, type).strip());
  }

  /**
   * The value of a {@link ConfigProperty.Type#BOOLEAN BOOLEAN} property.
   *
   * @throws NoSuchElementException if the property has no value
   * @throws IllegalArgumentException if it is not declared as a boolean
   */
  public boolean bool(String name) {
    return Boolean.parseBoolean(typed(name, ConfigProperty.Type.BOOLEAN).strip());
  }

  /**
   * The option chosen for a {@link ConfigProperty.Type#CHOICE CHOICE} property.
   *
   * @throws NoSuchElementException if the property has no value
   * @throws IllegalArgumentException if it is not declared as a choice
   */
  public String choice(String name) {
    return typed(name, ConfigProperty.Type.CHOICE).strip();
  }

  /**
   * The value of any property as text, as the admin gave it.
   *
   * @throws NoSuchElementException if the property has no value
   */
  public String text(String name) {
    return value(name)
        .orElseThrow(() -> new NoSuchElementException("property " + name + " has no value"));
  }

  /** The value of a property as text, or empty if it has none (an optional property left out). */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The values as text by property name, in declaration order; unmodifiable. */
  public Map<String, String> asMap() {
    return values;
  }

  private String typed(String name, ConfigProperty.Type type) {
    ConfigProperty property = declared.get(Objects.requireNonNull(name, "name"));
    if (property == null || property.type() != type) {
      throw new IllegalArgumentException(
          "property " + name + " is not declared as " + type + " by the factory");
    }
    return text(name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Configuration that
        && declared.equals(that.declared)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(declared, values);
  }

  @Override
  public String toString() {
    return "Configuration" + values;
  }
}
