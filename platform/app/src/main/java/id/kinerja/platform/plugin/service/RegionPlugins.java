package id.kinerja.platform.plugin.service;

import id.kinerja.platform.audit.service.AuditTrail;
import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.plugin.host.ConfigurationProblem;
import id.kinerja.platform.plugin.host.InvalidConfigurationException;
import id.kinerja.platform.plugin.host.LoadedFactory;
import id.kinerja.platform.plugin.host.PluginConfiguration;
import id.kinerja.platform.plugin.host.PluginFailure;
import id.kinerja.platform.plugin.host.PluginInfo;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.ConfigProperty;
import id.kinerja.plugin.api.ExtensionFactory;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The installed plugins as the current region has them: enabled or not, configured, offering. */
@ApplicationScoped
@Transactional
public class RegionPlugins {

  private static final Logger LOG = Logger.getLogger(RegionPlugins.class.getName());

  @Inject PluginCatalog catalog;
  @Inject TenantEntityManager entityManager;
  @Inject AuditTrail audit;
  @Inject PluginInvoker invoker;

  private static final String AUDIT_ENTITY = "plugin_setting";

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
      String reason =
          state == RegionPlugin.State.ENABLED ? problem(info.id(), setting) : info.reason();
      plugins.put(
          info.id(),
          new RegionPlugin(
              info.id(), info.version(), info.description(), state, reason, indicators));
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
   * The factories of one extension point that the current region has enabled, each with the
   * region's effective configuration. A factory whose stored configuration no longer validates (for
   * example after a plugin update) is left out and logged.
   *
   * @param extensionPoint for example {@code FeedbackSourceFactory.class}
   */
  public <F extends ExtensionFactory<?>> List<RegionExtension<F>> enabled(Class<F> extensionPoint) {
    Map<String, Map<String, String>> enabledConfigs = new LinkedHashMap<>();
    entityManager
        .get()
        .createQuery("select s from PluginSetting s where s.enabled = true", PluginSetting.class)
        .getResultList()
        .forEach(s -> enabledConfigs.put(s.getPluginId(), configOf(s)));
    List<RegionExtension<F>> enabled = new ArrayList<>();
    for (LoadedFactory<F> loaded : catalog.host().factories(extensionPoint)) {
      Map<String, String> stored = enabledConfigs.get(loaded.pluginId());
      if (stored == null) {
        continue;
      }
      Map<String, String> own = new LinkedHashMap<>();
      loaded.factory().configProperties().stream()
          .filter(p -> stored.containsKey(p.name()))
          .forEach(p -> own.put(p.name(), stored.get(p.name())));
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
    List<ExtensionFactory<?>> factories = runningFactories(pluginId);
    Optional<PluginSetting> setting = setting(pluginId);
    return new PluginConfigForm(
        pluginId,
        setting.map(PluginSetting::getVersion).orElse(0L),
        setting.map(PluginSetting::isEnabled).orElse(false),
        declaredProperties(factories),
        setting.map(RegionPlugins::configOf).orElse(Map.of()));
  }

  /**
   * Enables or disables a plugin for the current region and sets its configuration, effective for
   * the next call. Only the region's admin may; the values of an enabled plugin are checked by the
   * platform and by each of the plugin's factories (a plugin being disabled is not held up by
   * values it no longer accepts); the change is audited.
   *
   * @param actorNip the acting person
   * @param admin whether the actor is the region's admin
   * @param pluginId the plugin
   * @param version the setting's version as the admin saw it ({@code 0} if the region had none)
   * @param enabled whether the region uses the plugin
   * @param config the values by property name; blank values count as left out
   * @return the form as stored
   * @throws RuleViolation FORBIDDEN for a non-admin, NOT_FOUND for an unknown plugin, CONFLICT for
   *     a plugin that does not run or a stale version, INVALID with every problem
   */
  public PluginConfigForm configure(
      String actorNip,
      boolean admin,
      String pluginId,
      long version,
      boolean enabled,
      Map<String, String> config) {
    if (!admin) {
      throw new RuleViolation(
          RuleViolation.Kind.FORBIDDEN,
          "Hanya admin wilayah yang dapat mengatur plugin.",
          "Only the region's admin may configure plugins.");
    }
    List<ExtensionFactory<?>> factories = runningFactories(pluginId);
    Map<String, String> values = new TreeMap<>();
    (config == null ? Map.<String, String>of() : config)
        .forEach(
            (key, value) -> {
              if (value != null && !value.isBlank()) {
                values.put(key, value);
              }
            });
    if (enabled) {
      // A plugin being switched off keeps what is stored, even values a newer version refuses.
      validate(factories, values);
    }
    Optional<PluginSetting> existing = setting(pluginId);
    long current = existing.map(PluginSetting::getVersion).orElse(0L);
    if (current != version) {
      throw RuleViolation.concurrentChange();
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(json::add);
    String configJson = json.build().toString();
    Map<String, Object> before = existing.map(RegionPlugins::auditView).orElse(null);
    PluginSetting setting;
    if (existing.isPresent()) {
      setting = existing.get();
      setting.change(enabled, configJson);
    } else {
      setting = new PluginSetting(pluginId, enabled, configJson);
      entityManager.get().persist(setting);
    }
    Records.flush(entityManager.get());
    audit.record(
        AUDIT_ENTITY, String.valueOf(setting.getId()), "configure", before, auditView(setting));
    LOG.info(() -> actorNip + " configured plugin " + pluginId);
    return form(pluginId);
  }

  private static Map<String, Object> auditView(PluginSetting setting) {
    return Map.of(
        "pluginId", setting.getPluginId(),
        "enabled", setting.isEnabled(),
        "config", configOf(setting));
  }

  private static void validate(List<ExtensionFactory<?>> factories, Map<String, String> values) {
    List<ConfigurationProblem> problems = problems(factories, values);
    if (!problems.isEmpty()) {
      throw new RuleViolation(
          RuleViolation.Kind.INVALID,
          problems.stream().map(ConfigurationProblem::messageId).collect(Collectors.joining(" ")),
          problems.stream().map(ConfigurationProblem::messageEn).collect(Collectors.joining(" ")));
    }
  }

  /** What the platform and the factories find wrong with a plugin's values; empty if nothing. */
  private static List<ConfigurationProblem> problems(
      List<ExtensionFactory<?>> factories, Map<String, String> values) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>(values.keySet());
    for (ExtensionFactory<?> factory : factories) {
      Map<String, String> own = new LinkedHashMap<>();
      for (ConfigProperty property : factory.configProperties()) {
        unknown.remove(property.name());
        if (values.containsKey(property.name())) {
          own.put(property.name(), values.get(property.name()));
        }
      }
      try {
        PluginConfiguration.effectiveConfig(factory, own);
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

  private static List<ConfigProperty> declaredProperties(List<ExtensionFactory<?>> factories) {
    Map<String, ConfigProperty> properties = new LinkedHashMap<>();
    factories.forEach(f -> f.configProperties().forEach(p -> properties.putIfAbsent(p.name(), p)));
    return List.copyOf(properties.values());
  }

  /** The factories of an installed, running plugin. */
  private List<ExtensionFactory<?>> runningFactories(String pluginId) {
    PluginInfo info =
        catalog.host().plugins().stream()
            .filter(p -> pluginId != null && pluginId.equals(p.id()))
            .findFirst()
            .orElseThrow(RuleViolation::notFound);
    if (!info.started()) {
      throw new RuleViolation(
          RuleViolation.Kind.CONFLICT,
          "Plugin " + pluginId + " ditolak oleh platform dan tidak dapat diatur: " + info.reason(),
          "Plugin "
              + pluginId
              + " was refused by the platform and cannot be configured: "
              + info.reason());
    }
    var host = catalog.host();
    return Stream.of(
            host.indicatorFactories(), host.feedbackSourceFactories(), host.trainingRuleFactories())
        .flatMap(List::stream)
        .filter(f -> f.pluginId().equals(pluginId))
        .<ExtensionFactory<?>>map(LoadedFactory::factory)
        .toList();
  }

  private Optional<PluginSetting> setting(String pluginId) {
    return entityManager
        .get()
        .createQuery("select s from PluginSetting s where s.pluginId = :id", PluginSetting.class)
        .setParameter("id", pluginId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Seeds the region's plugin settings from tenant.yaml: a plugin named there that has no setting
   * yet gets one; an existing setting (perhaps changed by the admin) is kept.
   */
  public void seed(Map<String, PluginSettings> fromConfig) {
    var em = entityManager.get();
    for (var entry : fromConfig.entrySet()) {
      if (setting(entry.getKey()).isEmpty()) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        entry.getValue().config().forEach(json::add);
        em.persist(
            new PluginSetting(entry.getKey(), entry.getValue().enabled(), json.build().toString()));
      }
    }
  }

  /** What is wrong with an enabled plugin in the region: its stored values, or its last call. */
  private String problem(String pluginId, PluginSetting setting) {
    List<ConfigurationProblem> problems = problems(runningFactories(pluginId), configOf(setting));
    if (!problems.isEmpty()) {
      return "its stored configuration is invalid: "
          + problems.stream().map(ConfigurationProblem::messageEn).collect(Collectors.joining(" "));
    }
    return invoker.lastFailure(pluginId).map(PluginFailure::message).orElse(null);
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
