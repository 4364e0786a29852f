/** {@code /api/v1/plugins}: the region's plugins, and the regional admin's configuration of one. */
package id.kinerja.platform.plugin.api;
