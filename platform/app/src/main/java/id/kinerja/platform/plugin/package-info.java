/**
 * The plugin feature of the platform: which installed plugins a region has enabled, with what
 * configuration, and what they offer it. Loading and isolating plugin code is the plugin-host
 * module's job.
 */
package id.kinerja.platform.plugin;
