package id.kinerja.plugin.api;

/**
 * The indicator-provider extension point: region- or sector-specific indicator definitions (IKI).
 * List implementations in {@code META-INF/services/id.kinerja.plugin.api.IndicatorProviderFactory}.
 */
public interface IndicatorProviderFactory extends ExtensionFactory<IndicatorProvider> {}
