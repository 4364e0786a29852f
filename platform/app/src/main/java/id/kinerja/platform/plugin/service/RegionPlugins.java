package id.kinerja.platform.plugin.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.plugin.host.ConfigurationProblem;
import id.kinerja.platform.plugin.host.InvalidConfigurationException;
import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.platform.plugin.host.PluginFailure;
import id.kinerja.platform.plugin.host.PluginInfo;
import id.kinerja.platform.security.service.Actor;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.plugin.api.ExtensionFactory;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** The installed plugins as the current region has them: enabled or not, configured, offering. */
@ApplicationScoped
@Transactional
public class RegionPlugins {

  private static final Logger LOG = Logger.getLogger(RegionPlugins.class.getName());
  private static final String AUDIT_ENTITY = "plugin_setting";

  @Inject PluginCatalog catalog;
  @Inject PluginSettings settings;
  @Inject AuditTrail audit;
  @Inject PluginInvoker invoker;
  @Inject Actor actor;

  /** Every plugin installed or named in the region's settings, by id. */
  public List<RegionPlugin> list() {
    Map<String, PluginSetting> byPlugin = new LinkedHashMap<>();
    settings.all().forEach(s -> byPlugin.put(s.getPluginId(), s));
    Map<String, RegionPlugin> plugins = new TreeMap<>();
    for (PluginInfo info : catalog.host().plugins()) {
      RegionPlugin plugin = asInRegion(info, byPlugin.get(info.id()));
      plugins.put(plugin.id(), plugin);
    }
    byPlugin.values().stream()
        .filter(s -> s.isEnabled() && !plugins.containsKey(s.getPluginId()))
        .forEach(
            s ->
                plugins.put(
                    s.getPluginId(),
                    new RegionPlugin(
                        s.getPluginId(), null, null, RegionPlugin.State.MISSING, null, List.of())));
    return List.copyOf(plugins.values());
  }

  private RegionPlugin asInRegion(PluginInfo info, PluginSetting setting) {
    if (info.id() == null) {
      String jar = info.jar().getFileName().toString();
      return new RegionPlugin(
          jar, null, null, RegionPlugin.State.REFUSED, info.reason(), List.of());
    }
    RegionPlugin.State state;
    if (!info.started()) {
      state = RegionPlugin.State.REFUSED;
    } else if (setting != null && setting.isEnabled()) {
      state = RegionPlugin.State.ENABLED;
    } else {
      state = RegionPlugin.State.DISABLED;
    }
    boolean enabled = state == RegionPlugin.State.ENABLED;
    return new RegionPlugin(
        info.id(),
        info.version(),
        info.description(),
        state,
        enabled ? problem(info.id(), setting) : info.reason(),
        enabled ? indicators(info.id(), setting) : List.of());
  }

  /**
   * The factories of one extension point that the current region has enabled, each with the
   * region's effective configuration. A factory whose stored configuration no longer validates (for
   * example after a plugin update) is left out and logged.
   *
   * @param extensionPoint for example {@code FeedbackSourceFactory.class}
   */
  public <F extends ExtensionFactory<?>> List<RegionExtension<F>> enabled(Class<F> extensionPoint) {
    Map<String, Map<String, String>> enabledConfigs = new LinkedHashMap<>();
    settings.enabled().forEach(s -> enabledConfigs.put(s.getPluginId(), PluginValues.of(s)));
    List<RegionExtension<F>> enabled = new ArrayList<>();
    for (LoadedFactory<F> loaded : catalog.host().factories(extensionPoint)) {
      Map<String, String> stored = enabledConfigs.get(loaded.pluginId());
      if (stored == null) {
        continue;
      }
      Map<String, String> own = PluginValues.ownedBy(loaded.factory(), stored);
      try {
        enabled.add(
            new RegionExtension<>(
                loaded, PluginConfiguration.effectiveConfig(loaded.factory(), own)));
      } catch (InvalidConfigurationException e) {
        LOG.warning(
            () ->
                "Plugin "
                    + loaded.pluginId()
                    + " left out: its stored configuration is invalid: "
                    + e.getMessage());
      }
    }
    return enabled;
  }

  /**
   * The region's setting of a running plugin with the properties its factories declare, for the
   * admin's form.
   *
   * @throws RuleViolation NOT_FOUND for an unknown plugin, CONFLICT for one that does not run
   */
  public PluginConfigForm form(String pluginId) {
    List<ExtensionFactory<?>> factories = catalog.runningFactories(pluginId);
    Optional<PluginSetting> setting = settings.of(pluginId);
    return new PluginConfigForm(
        pluginId,
        setting.map(PluginSetting::getVersion).orElse(0L),
        setting.map(PluginSetting::isEnabled).orElse(false),
        PluginValues.declared(factories),
        setting.map(PluginValues::of).orElse(Map.of()));
  }

  /**
   * Enables or disables a plugin for the current region and sets its configuration, effective for
   * the next call. Only the region's admin may ({@link PluginSetting#checkChangeableBy}); the
   * values of an enabled plugin are checked by the platform and by each of the plugin's factories
   * (a plugin being disabled is not held up by values it no longer accepts); the change is audited.
   *
   * @param pluginId the plugin
   * @param version the setting's version as the admin saw it ({@code 0} if the region had none)
   * @param enabled whether the region uses the plugin
   * @param config the values by property name; blank values count as left out
   * @return the form as stored
   * @throws RuleViolation FORBIDDEN for a non-admin, NOT_FOUND for an unknown plugin, CONFLICT for
   *     a plugin that does not run or a stale version, INVALID with every problem
   */
  public PluginConfigForm configure(
      String pluginId, long version, boolean enabled, Map<String, String> config) {
    PluginSetting.checkChangeableBy(actor.isAdmin());
    List<ExtensionFactory<?>> factories = catalog.runningFactories(pluginId);
    Map<String, String> values = PluginValues.given(config);
    if (enabled) {
      // A plugin being switched off keeps what is stored, even values a newer version refuses.
      refuseInvalid(PluginValues.problems(factories, values));
    }
    Optional<PluginSetting> existing = settings.of(pluginId);
    if (existing.map(PluginSetting::getVersion).orElse(0L) != version) {
      throw RuleViolation.concurrentChange();
    }
    Map<String, Object> before = existing.map(RegionPlugins::auditView).orElse(null);
    PluginSetting setting =
        existing.orElseGet(() -> new PluginSetting(pluginId, enabled, PluginValues.json(values)));
    setting.change(enabled, PluginValues.json(values));
    settings.store(setting);
    audit.record(
        AUDIT_ENTITY, String.valueOf(setting.getId()), "configure", before, auditView(setting));
    LOG.info(() -> actor.nip() + " configured plugin " + pluginId);
    return form(pluginId);
  }

  /**
   * Seeds the region's plugin settings from tenant.yaml: a plugin named there that has no setting
   * yet gets one; an existing setting (perhaps changed by the admin) is kept.
   */
  public void seed(Map<String, TenantDefinition.PluginSettings> fromConfig) {
    fromConfig.forEach(
        (pluginId, seed) -> {
          if (settings.of(pluginId).isEmpty()) {
            settings.store(
                new PluginSetting(pluginId, seed.enabled(), PluginValues.json(seed.config())));
          }
        });
  }

  private static Map<String, Object> auditView(PluginSetting setting) {
    return Map.of(
        "pluginId", setting.getPluginId(),
        "enabled", setting.isEnabled(),
        "config", PluginValues.of(setting));
  }

  private static void refuseInvalid(List<ConfigurationProblem> problems) {
    if (!problems.isEmpty()) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          problems.stream().map(ConfigurationProblem::messageId).collect(Collectors.joining(" ")),
          problems.stream().map(ConfigurationProblem::messageEn).collect(Collectors.joining(" ")));
    }
  }

  /** What is wrong with an enabled plugin in the region: its stored values, or its last call. */
  private String problem(String pluginId, PluginSetting setting) {
    List<ConfigurationProblem> problems =
        PluginValues.problems(catalog.runningFactories(pluginId), PluginValues.of(setting));
    if (!problems.isEmpty()) {
      return "its stored configuration is invalid: "
          + problems.stream().map(ConfigurationProblem::messageEn).collect(Collectors.joining(" "));
    }
    return invoker.lastFailure(pluginId).map(PluginFailure::message).orElse(null);
  }

  /** The labels of the indicators the plugin offers the region, as it is configured there. */
  private List<String> indicators(String pluginId, PluginSetting setting) {
    List<String> labels = new ArrayList<>();
    for (LoadedFactory<IndicatorProviderFactory> loaded : catalog.host().indicatorFactories()) {
      if (!loaded.pluginId().equals(pluginId)) {
        continue;
      }
      try {
        loaded
            .factory()
            .create(PluginConfiguration.configuration(loaded.factory(), PluginValues.of(setting)))
            .definitions()
            .forEach(d -> labels.add(d.label().indonesian() + " / " + d.label().english()));
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to offer indicators", e);
      }
    }
    return labels;
  }
}
