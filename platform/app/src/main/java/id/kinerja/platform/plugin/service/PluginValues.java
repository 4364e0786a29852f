package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.plugin.host.ConfigurationProblem;
import id.kinerja.platform.plugin.host.InvalidConfigurationException;
import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ExtensionFactory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plugin's values as a region stores them (one JSON object of strings for all the plugin's
 * factories) and what the platform and the factories find wrong with them.
 */
final class PluginValues {

  private PluginValues() {}

  /** The stored values by property name. */
  static Map<String, String> of(PluginSetting setting) {
    Map<String, String> config = new LinkedHashMap<>();
    JsonObject json = Json.createReader(new StringReader(setting.getConfig())).readObject();
    json.forEach(
        (key, value) ->
            config.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
    return config;
  }

  /** The values as they are stored. */
  static String json(Map<String, String> values) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(json::add);
    return json.build().toString();
  }

  /** The values an admin gave, without the blank ones (which count as left out), by name. */
  static Map<String, String> given(Map<String, String> config) {
    Map<String, String> values = new TreeMap<>();
    (config == null ? Map.<String, String>of() : config)
        .forEach(
            (key, value) -> {
              if (value != null && !value.isBlank()) {
                values.put(key, value);
              }
            });
    return values;
  }

  /** The values among {@code stored} that one factory declares. */
  static Map<String, String> ownedBy(ExtensionFactory<?> factory, Map<String, String> stored) {
    Map<String, String> own = new LinkedHashMap<>();
    for (ConfigProperty property : factory.configProperties()) {
      if (stored.containsKey(property.name())) {
        own.put(property.name(), stored.get(property.name()));
      }
    }
    return own;
  }

  /** What the platform and the factories find wrong with a plugin's values; empty if nothing. */
  static List<ConfigurationProblem> problems(
      List<ExtensionFactory<?>> factories, Map<String, String> values) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>(values.keySet());
    for (ExtensionFactory<?> factory : factories) {
      factory.configProperties().forEach(p -> unknown.remove(p.name()));
      try {
        PluginConfiguration.effectiveConfig(factory, ownedBy(factory, values));
      } catch (InvalidConfigurationException e) {
        e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
      }
    }
    for (String key : unknown) {
      problems.add(
          new ConfigurationProblem(
              key,
              "Properti '" + key + "' tidak dikenal oleh plugin ini.",
              "Property '" + key + "' is not known to this plugin."));
    }
    return problems;
  }

  /** The properties the factories declare, each name once, in declaration order. */
  static List<ConfigProperty> declared(List<ExtensionFactory<?>> factories) {
    Map<String, ConfigProperty> properties = new LinkedHashMap<>();
    factories.forEach(f -> f.configProperties().forEach(p -> properties.putIfAbsent(p.name(), p)));
    return List.copyOf(properties.values());
  }
}
