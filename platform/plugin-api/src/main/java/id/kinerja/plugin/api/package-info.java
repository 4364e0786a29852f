/**
 * The published Kinerja extension API for vendors.
 *
 * <p>Each extension point is a pair: a factory, created once per platform, that declares its
 * configuration properties and validates a region's configuration; and a provider, created by the
 * factory for one region with that region's configuration, that does the work. This package depends
 * on the JDK only; plugins compile against it at {@code provided} scope and the platform supplies
 * it at run time. Factories are found with {@link java.util.ServiceLoader}: a plugin lists its
 * factory classes in {@code META-INF/services/<factory interface name>}.
 */
package id.kinerja.plugin.api;
