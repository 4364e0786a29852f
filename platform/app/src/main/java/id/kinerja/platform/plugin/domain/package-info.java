/** A region's setting for one plugin: enabled or not, and its configuration. */
package id.kinerja.platform.plugin.domain;
