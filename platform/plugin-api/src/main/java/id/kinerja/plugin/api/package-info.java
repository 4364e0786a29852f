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
 * <h2>A plugin jar</h2>
 *
 * <p>A plugin is one jar in the platform's plugins folder, loaded at start only. Its manifest names
 * it (the plugin parent pom writes these entries from the pom):
 *
 * <ul>
 *   <li>{@code Plugin-Id}: the id regions enable and configure the plugin under, unique on a
 *       platform. It names the plugin; {@link id.kinerja.plugin.api.ExtensionFactory#id()} names
 *       one of its factories, unique within the plugin.
 *   <li>{@code Plugin-Version}: the plugin's own version.
 *   <li>{@code Plugin-Requires}: the range of API versions it works with, for example {@code
 *       >=1.2.0 & <2.0.0}; required. A plugin whose range excludes {@link
 *       id.kinerja.plugin.api.PluginApi#VERSION} is refused.
 *   <li>{@code Plugin-Provider}, {@code Plugin-Description}: shown to admins.
 *   <li>No {@code Plugin-Dependencies} and no {@code Plugin-Class}: a plugin depends on this API
 *       only, and is nothing but its factories.
 * </ul>
 *
 * <p>Factories are found with {@link java.util.ServiceLoader} in the jar itself: a plugin lists its
 * factory classes (public, with a public no-argument constructor) in {@code
 * META-INF/services/<extension point interface name>}, for example {@code
 * META-INF/services/id.kinerja.plugin.api.IndicatorProviderFactory}.
 *
 * <p>A plugin runs in a class loader of its own that gives it the JDK, this API and the classes in
 * its own jar, and nothing else: a plugin whose classes refer to the platform's classes ({@code
 * id.kinerja.*} beyond this package) or to Jakarta EE's is refused at start, naming them. A plugin
 * bundles (and shades, if it likes) the libraries it needs.
 *
 * <h2>Lifecycle and limits</h2>
 *
 * <p>The platform instantiates each factory once, calls {@link
 * id.kinerja.plugin.api.ExtensionFactory#init() init} at start and {@link
 * id.kinerja.plugin.api.ExtensionFactory#close() close} at shutdown, validates a region's values
 * against the declared {@link id.kinerja.plugin.api.ConfigProperty properties} before {@link
 * id.kinerja.plugin.api.ExtensionFactory#validate(Configuration) validate}, and calls {@link
 * id.kinerja.plugin.api.ExtensionFactory#create(Configuration) create} for every use in a region,
 * with that region's typed {@link id.kinerja.plugin.api.Configuration}. Every use of a provider
 * must return within 2 seconds; one that throws or hangs is marked failed for that region and call,
 * and the platform goes on without it. See {@link id.kinerja.plugin.api.ExtensionFactory} for the
 * details.
 *
 * <p>This package depends on the JDK only: a plugin gets data and returns values, and never reaches
 * the platform's database. Plugins compile against it at {@code provided} scope and the platform
 * supplies it at run time; {@link id.kinerja.plugin.api.PluginApi#VERSION} is its semantic version,
 * and the artifact's version ({@code id.kinerja:plugin-api}) is the same. Texts shown to people are
 * {@link id.kinerja.plugin.api.LocalizedText}s, in Bahasa Indonesia and English.
 */
package id.kinerja.plugin.api;
