package id.kinerja.platform.plugin.service;

import id.kinerja.platform.plugin.domain.PluginSetting;
import id.kinerja.platform.shell.service.Records;
import id.kinerja.platform.tenancy.service.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The current region's plugin settings: which plugins it uses, and how it configured them. */
@ApplicationScoped
public class PluginSettings {

  @Inject TenantEntityManager entityManager;

  /** Every setting of the region, enabled or not. */
  List<PluginSetting> all() {
    return entityManager
        .get()
        .createQuery("select s from PluginSetting s", PluginSetting.class)
        .getResultList();
  }

  /** The settings of the plugins the region uses. */
  List<PluginSetting> enabled() {
    return entityManager
        .get()
        .createQuery("select s from PluginSetting s where s.enabled = true", PluginSetting.class)
        .getResultList();
  }

  /** The region's setting of one plugin, if it has one. */
  Optional<PluginSetting> of(String pluginId) {
    return entityManager
        .get()
        .createQuery("select s from PluginSetting s where s.pluginId = :id", PluginSetting.class)
        .setParameter("id", pluginId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Stores a new setting, or the change of one, at once (so its id and version are known). */
  void store(PluginSetting setting) {
    if (setting.getId() == null) {
      entityManager.get().persist(setting);
    }
    Records.flush(entityManager.get());
  }
}
