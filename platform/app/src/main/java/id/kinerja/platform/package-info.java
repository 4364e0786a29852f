/**
 * The Kinerja platform: portals for many regional governments, each a tenant. Grouped by feature
 * ({@code tenancy}, {@code organization}, {@code period}, {@code evaluation}, {@code plugin},
 * {@code security}, {@code shell}), then by layer ({@code domain}, {@code service}, {@code ui},
 * {@code api}).
 */
package id.kinerja.platform;
