/**
 * The plugin host: loads vendor plugins at start and hands their extension factories to the
 * platform.
 *
 * <p>Each plugin jar gets its own class loader, in which the plugin API ({@code
 * id.kinerja.plugin.api}) and the JDK always come from the platform, even when a plugin bundles
 * copies of them; everything else is looked up in the plugin only, so two plugins may bundle
 * different versions of the same library and none sees the platform's classes. A plugin whose
 * classes refer to the platform's, Jakarta's or PF4J's classes is refused before it is loaded. A
 * plugin that is incompatible (its {@code Plugin-Requires} range excludes the platform's {@link
 * id.kinerja.plugin.api.PluginApi#VERSION}) or broken (a factory that cannot be instantiated, named
 * or initialised) is refused with a reason, logged in one line, and the platform starts without it;
 * the factories of the others are initialised at start and closed with the host. {@link
 * id.kinerja.platform.plugin.host.PluginConfiguration} checks a region's configuration of a factory
 * against what the factory declares. {@link id.kinerja.platform.plugin.host.PluginCalls} contains
 * every call into a plugin: time-boxed, and an exception or a hang becomes a {@link
 * id.kinerja.platform.plugin.host.PluginFailure} for that plugin, region and call while the
 * platform goes on. Plugins are handed data, never an EntityManager or a JDBC connection. PF4J does
 * the loading; it is an implementation detail that no public type here exposes.
 */
package id.kinerja.platform.plugin.host;
