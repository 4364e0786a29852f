package id.kinerja.platform.plugin.service;

import id.kinerja.platform.tenancy.service.CurrentRegion;

/** Plugin invokers outside the container, for other features' unit tests. */
public final class PluginInvokers {

  private PluginInvokers() {}

  /** An invoker working for region {@code code}. */
  public static PluginInvoker inRegion(String code) {
    PluginInvoker invoker = new PluginInvoker();
    invoker.currentRegion = CurrentRegion.of(code);
    return invoker;
  }
}
