/** The installed plugins and their state in the current region. */
package id.kinerja.platform.plugin.service;
