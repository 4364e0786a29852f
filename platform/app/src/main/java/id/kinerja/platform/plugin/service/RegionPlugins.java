package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.platform.plugin.host.PluginInfo;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.tenantconfig.TenantDefinition.PluginSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The installed plugins as the current region has them: enabled or not, configured, offering. */
@ApplicationScoped
@Transactional
public class RegionPlugins {

  private static final Logger LOG = Logger.getLogger(RegionPlugins.class.getName());

  @Inject PluginCatalog catalog;
  @Inject TenantEntityManager entityManager;

  /** Every plugin installed or named in the region's settings, by id. */
  public List<RegionPlugin> list() {
    Map<String, PluginSetting> settings = new LinkedHashMap<>();
    for (PluginSetting s :
        entityManager
            .get()
            .createQuery("select s from PluginSetting s", PluginSetting.class)
            .getResultList()) {
      settings.put(s.getPluginId(), s);
    }
    Map<String, RegionPlugin> plugins = new TreeMap<>();
    for (PluginInfo info : catalog.host().plugins()) {
      if (info.id() == null) {
        plugins.put(
            info.jar().getFileName().toString(),
            new RegionPlugin(
                info.jar().getFileName().toString(),
                null,
                null,
                RegionPlugin.State.REFUSED,
                info.reason(),
                List.of()));
        continue;
      }
      PluginSetting setting = settings.get(info.id());
      RegionPlugin.State state;
      if (!info.started()) {
        state = RegionPlugin.State.REFUSED;
      } else if (setting != null && setting.isEnabled()) {
        state = RegionPlugin.State.ENABLED;
      } else {
        state = RegionPlugin.State.DISABLED;
      }
      List<String> indicators =
          state == RegionPlugin.State.ENABLED ? indicators(info.id(), setting) : List.of();
      plugins.put(
          info.id(),
          new RegionPlugin(
              info.id(), info.version(), info.description(), state, info.reason(), indicators));
    }
    settings.values().stream()
        .filter(s -> s.isEnabled() && !plugins.containsKey(s.getPluginId()))
        .forEach(
            s ->
                plugins.put(
                    s.getPluginId(),
                    new RegionPlugin(
                        s.getPluginId(), null, null, RegionPlugin.State.MISSING, null, List.of())));
    return List.copyOf(plugins.values());
  }

  /**
   * Seeds the region's plugin settings from tenant.yaml: a plugin named there that has no setting
   * yet gets one; an existing setting (perhaps changed by the admin) is kept.
   */
  public void seed(Map<String, PluginSettings> fromConfig) {
    var em = entityManager.get();
    for (var entry : fromConfig.entrySet()) {
      boolean exists =
          !em.createQuery(
                  "select s from PluginSetting s where s.pluginId = :id", PluginSetting.class)
              .setParameter("id", entry.getKey())
              .getResultList()
              .isEmpty();
      if (!exists) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        entry.getValue().config().forEach(json::add);
        em.persist(
            new PluginSetting(entry.getKey(), entry.getValue().enabled(), json.build().toString()));
      }
    }
  }

  private List<String> indicators(String pluginId, PluginSetting setting) {
    List<String> labels = new ArrayList<>();
    for (LoadedFactory<IndicatorProviderFactory> loaded : catalog.host().indicatorFactories()) {
      if (!loaded.pluginId().equals(pluginId)) {
        continue;
      }
      try {
        Map<String, String> config =
            PluginConfiguration.effectiveConfig(loaded.factory(), configOf(setting));
        loaded
            .factory()
            .create(config)
            .definitions()
            .forEach(d -> labels.add(d.labelId() + " / " + d.labelEn()));
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to offer indicators", e);
      }
    }
    return labels;
  }

  private static Map<String, String> configOf(PluginSetting setting) {
    Map<String, String> config = new LinkedHashMap<>();
    JsonObject json = Json.createReader(new StringReader(setting.getConfig())).readObject();
    json.forEach(
        (key, value) ->
            config.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
    return config;
  }
}
