/**
 * The Kinerja platform: portals for many regional governments, each a tenant. Grouped by feature
 * ({@code tenancy}, {@code security}, {@code shared}, {@code shell}, {@code organization}, {@code
 * period}, {@code planning}, {@code realisation}, {@code indicator}, {@code evaluation}, {@code
 * calibration}, {@code feedback}, {@code survey}, {@code development}, {@code dialogue}, {@code
 * notification}, {@code dashboard}, {@code document}, {@code audit}, {@code plugin}), then by layer
 * ({@code domain}, {@code service}, {@code ui}, {@code api}). Each request carries its region
 * ({@link id.kinerja.platform.tenancy.service.CurrentRegion}) and its caller ({@link
 * id.kinerja.platform.security.service.Actor}); docs/architecture.md follows them down to SQL.
 */
package id.kinerja.platform;
