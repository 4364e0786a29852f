package id.kinerja.platform.plugin.service;

import id.kinerja.plugin.api.ConfigProperty;
import java.util.List;
import java.util.Map;

/**
 * What the regional admin edits of one plugin: the properties its factories declare and the
 * region's current values.
 *
 * @param pluginId the plugin id
 * @param version the version of the region's setting, {@code 0} if the region has none yet
 * @param enabled whether the region uses the plugin
 * @param properties the declared properties, each name once, in declaration order
 * @param values the region's stored values by property name (defaults not filled in)
 */
public record PluginConfigForm(
    String pluginId,
    long version,
    boolean enabled,
    List<ConfigProperty> properties,
    Map<String, String> values) {}
