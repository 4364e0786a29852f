/** The admin's view of the region's plugins. */
package id.kinerja.platform.plugin.ui;
