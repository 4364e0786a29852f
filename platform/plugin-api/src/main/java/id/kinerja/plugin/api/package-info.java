/**
 * The published Kinerja extension API for vendors.
 *
 * <p>Each extension point is a pair: a factory, created once per platform, that declares its
 * configuration properties and validates a region's configuration; and a provider, created by the
 * factory for one region with that region's configuration, that does the work. There are three:
 *
 * <ul>
 *   <li>{@link id.kinerja.plugin.api.IndicatorProviderFactory} / {@link
 *       id.kinerja.plugin.api.IndicatorProvider}: indicator definitions, and their realisation
 *       computed from {@link id.kinerja.plugin.api.IndicatorData} the platform hands in;
 *   <li>{@link id.kinerja.plugin.api.FeedbackSourceFactory} / {@link
 *       id.kinerja.plugin.api.FeedbackSource}: whom 360 feedback asks, the questions, and the
 *       aggregation of the answers;
 *   <li>{@link id.kinerja.plugin.api.TrainingRuleFactory} / {@link
 *       id.kinerja.plugin.api.TrainingRule}: recommendations from the region's catalog of
 *       development activities, from a period's {@link id.kinerja.plugin.api.PeriodRatings}.
 * </ul>
 *
 * <p>This package depends on the JDK only: a plugin gets data and returns values, and never reaches
 * the platform's database. Plugins compile against it at {@code provided} scope and the platform
 * supplies it at run time; {@link id.kinerja.plugin.api.PluginApi#VERSION} is its semantic version.
 * Factories are found with {@link java.util.ServiceLoader}: a plugin lists its factory classes in
 * {@code META-INF/services/<factory interface name>}. The platform calls providers with a time
 * limit; a provider that throws or hangs is marked failed for that region and call.
 */
package id.kinerja.plugin.api;
