/** {@code /api/v1/plugins}: the regional admin's configuration of a plugin. */
package id.kinerja.platform.plugin.api;
