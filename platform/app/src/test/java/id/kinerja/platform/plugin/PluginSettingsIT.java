package id.kinerja.platform.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.plugin.service.PluginConfigForm;
import id.kinerja.platform.plugin.service.RegionExtension;
import id.kinerja.platform.plugin.service.RegionPlugin;
import id.kinerja.platform.plugin.service.RegionPlugins;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.tenancy.Deployments;
import id.kinerja.platform.tenancy.EmbeddedDatabaseExtension;
import id.kinerja.platform.tenancy.InRegion;
import id.kinerja.platform.tenancy.InRegion.Work;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regional admin configures the health-indicators plugin for Lampung inside the real WAR;
 * Tanjungbalai, which also uses it, is the other region.
 */
@ExtendWith({EmbeddedDatabaseExtension.class, ArquillianExtension.class})
class PluginSettingsIT {

  private static final String LAMPUNG = "lampung";
  private static final String TANJUNGBALAI = "tanjungbalai";
  private static final String PLUGIN = "health-indicators";
  private static final String LAMPUNG_ADMIN = "199107262016031007";
  private static final String TANJUNGBALAI_ADMIN = "198503122010012003";

  /** Lampung's demo penilai: not an admin. */
  private static final String LAMPUNG_PENILAI = "198104272010031006";

  /** The health-indicators plugin as this build made it (copied by the app's pom). */
  private static final Path PLUGIN_JAR =
      Path.of(System.getProperty("kinerja.it.health-plugin-jar", "target/health-indicators.jar"));

  /** Installs the plugin in the platform's plugins folder before the platform starts. */
  @Deployment(testable = true)
  static WebArchive deployment() throws IOException {
    Deployments.installPlugin(PLUGIN_JAR);
    return Deployments.platformWith(PluginSettingsIT.class);
  }

  @Inject RegionPlugins plugins;
  @Inject TenantEntityManager entityManager;
  @Inject UserTransaction transaction;

  @Test
  void theAdminsChangeIsStoredAuditedAndSeenAtOnce() throws Exception {
    PluginConfigForm start = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    // Another value first, so that setting 45 is a change whatever another test left.
    configureAs(LAMPUNG, LAMPUNG_ADMIN, true, PLUGIN, start.version(), true, with(start, "44"));
    PluginConfigForm form = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    assertTrue(
        form.properties().stream().anyMatch(p -> p.name().equals("maxWaitMinutes")),
        form::toString);
    PluginConfigForm saved =
        configureAs(LAMPUNG, LAMPUNG_ADMIN, true, PLUGIN, form.version(), true, with(form, "45"));
    assertEquals("45", saved.values().get("maxWaitMinutes"));
    assertTrue(saved.version() > form.version());
    assertEquals(
        "45", inRegion(LAMPUNG, () -> plugins.form(PLUGIN)).values().get("maxWaitMinutes"));
    assertEquals(
        List.of(RegionPlugin.State.ENABLED),
        inRegion(LAMPUNG, () -> plugins.list()).stream()
            .filter(p -> p.id().equals(PLUGIN) && p.reason() == null)
            .map(RegionPlugin::state)
            .toList());
    long settingId = settingId(LAMPUNG);
    List<String> actions =
        inRegion(
            LAMPUNG,
            () ->
                InRegion.auditActions(
                    entityManager.get(), "plugin_setting", String.valueOf(settingId)));
    assertTrue(actions.contains("configure"), actions::toString);
  }

  @Test
  void anInvalidValueIsRefusedWithTheReasonAndNothingChanges() throws Exception {
    PluginConfigForm form = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    RuleViolation e =
        InRegion.assertRefused(
            RuleViolation.Kind.INVALID,
            () ->
                configureAs(
                    LAMPUNG,
                    LAMPUNG_ADMIN,
                    true,
                    PLUGIN,
                    form.version(),
                    true,
                    with(form, "lama")));
    assertTrue(e.messageEn().contains("whole number"), e.messageEn());
    assertTrue(e.messageId().contains("bilangan bulat"), e.messageId());
    assertEquals(form, inRegion(LAMPUNG, () -> plugins.form(PLUGIN)));
  }

  @Test
  void aStaleVersionIsAConflict() throws Exception {
    PluginConfigForm form = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    InRegion.assertRefused(
        RuleViolation.Kind.CONFLICT,
        () ->
            configureAs(
                LAMPUNG, LAMPUNG_ADMIN, true, PLUGIN, form.version() - 1, true, with(form, "50")));
    assertEquals(form, inRegion(LAMPUNG, () -> plugins.form(PLUGIN)));
  }

  @Test
  void anotherRegionsChangeDoesNotTouchLampung() throws Exception {
    PluginConfigForm lampung = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    PluginConfigForm other = inRegion(TANJUNGBALAI, () -> plugins.form(PLUGIN));
    configureAs(
        TANJUNGBALAI, TANJUNGBALAI_ADMIN, true, PLUGIN, other.version(), false, with(other, "90"));
    assertEquals(
        "90", inRegion(TANJUNGBALAI, () -> plugins.form(PLUGIN)).values().get("maxWaitMinutes"));
    assertEquals(lampung, inRegion(LAMPUNG, () -> plugins.form(PLUGIN)));
  }

  @Test
  void aNonAdminAndAnUnknownPluginAreRefused() throws Exception {
    PluginConfigForm form = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    InRegion.assertRefused(
        RuleViolation.Kind.FORBIDDEN,
        () ->
            configureAs(
                LAMPUNG, LAMPUNG_PENILAI, false, PLUGIN, form.version(), true, with(form, "10")));
    InRegion.assertRefused(
        RuleViolation.Kind.NOT_FOUND,
        () -> configureAs(LAMPUNG, LAMPUNG_ADMIN, true, "no-such-plugin", 0, true, Map.of()));
    assertEquals(form, inRegion(LAMPUNG, () -> plugins.form(PLUGIN)));
  }

  @Test
  void onlyARegionThatEnabledThePluginGetsItsFactoryWithItsOwnConfiguration() throws Exception {
    PluginConfigForm lampungForm = inRegion(LAMPUNG, () -> plugins.form(PLUGIN));
    configureAs(
        LAMPUNG, LAMPUNG_ADMIN, true, PLUGIN, lampungForm.version(), true, with(lampungForm, "45"));
    PluginConfigForm other = inRegion(TANJUNGBALAI, () -> plugins.form(PLUGIN));
    configureAs(
        TANJUNGBALAI, TANJUNGBALAI_ADMIN, true, PLUGIN, other.version(), false, with(other, "90"));
    List<RegionExtension<IndicatorProviderFactory>> lampung =
        inRegion(LAMPUNG, () -> plugins.enabled(IndicatorProviderFactory.class));
    assertEquals(
        List.of("45"),
        lampung.stream()
            .filter(e -> e.pluginId().equals(PLUGIN))
            .map(e -> e.config().get("maxWaitMinutes"))
            .toList());
    assertTrue(
        inRegion(TANJUNGBALAI, () -> plugins.enabled(IndicatorProviderFactory.class)).stream()
            .noneMatch(e -> e.pluginId().equals(PLUGIN)));
  }

  @Test
  void aDisabledPluginKeepsAValueItRefusesUntilItIsEnabledAgain() throws Exception {
    PluginConfigForm form = inRegion(TANJUNGBALAI, () -> plugins.form(PLUGIN));
    PluginConfigForm saved =
        configureAs(
            TANJUNGBALAI,
            TANJUNGBALAI_ADMIN,
            true,
            PLUGIN,
            form.version(),
            false,
            with(form, "lama"));
    assertEquals("lama", saved.values().get("maxWaitMinutes"));
    InRegion.assertRefused(
        RuleViolation.Kind.INVALID,
        () ->
            configureAs(
                TANJUNGBALAI,
                TANJUNGBALAI_ADMIN,
                true,
                PLUGIN,
                saved.version(),
                true,
                saved.values()));
    assertFalse(inRegion(TANJUNGBALAI, () -> plugins.form(PLUGIN)).enabled());
  }

  @Test
  void anEnabledPluginWhoseStoredValuesNoLongerValidateIsShownWithTheProblemAndNotCalled()
      throws Exception {
    long settingId = settingId(LAMPUNG);
    inRegion(
        LAMPUNG,
        () -> {
          entityManager
              .get()
              .find(PluginSetting.class, settingId)
              .change(true, "{\"maxWaitMinutes\":\"lama\"}");
          return null;
        });
    RegionPlugin health =
        inRegion(LAMPUNG, () -> plugins.list()).stream()
            .filter(p -> p.id().equals(PLUGIN))
            .findFirst()
            .orElseThrow();
    assertEquals(RegionPlugin.State.ENABLED, health.state());
    assertTrue(
        health.reason() != null && health.reason().contains("stored configuration is invalid"),
        health::toString);
    assertTrue(
        inRegion(LAMPUNG, () -> plugins.enabled(IndicatorProviderFactory.class)).stream()
            .noneMatch(e -> e.pluginId().equals(PLUGIN)));
  }

  /** Configures a plugin in a region as {@code nip}, the region's admin or not. */
  private PluginConfigForm configureAs(
      String region,
      String nip,
      boolean admin,
      String pluginId,
      long version,
      boolean enabled,
      Map<String, String> values)
      throws Exception {
    Set<String> roles = admin ? Set.of("employee", "admin") : Set.of("employee");
    return InRegion.asCaller(
        transaction,
        region,
        nip,
        roles,
        () -> plugins.configure(pluginId, version, enabled, values));
  }

  private static Map<String, String> with(PluginConfigForm form, String maxWaitMinutes) {
    Map<String, String> values = new HashMap<>(form.values());
    values.put("maxWaitMinutes", maxWaitMinutes);
    return values;
  }

  private long settingId(String region) throws Exception {
    return inRegion(
        region,
        () ->
            entityManager
                .get()
                .createQuery("select s.id from PluginSetting s where s.pluginId = :id", Long.class)
                .setParameter("id", PLUGIN)
                .getSingleResult());
  }

  private <T> T inRegion(String region, Work<T> work) throws Exception {
    return InRegion.inTransaction(transaction, region, work);
  }
}
