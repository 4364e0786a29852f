/**
 * Plugin indicators: the regions' data feeds for indicator plugins and the realisations the plugins
 * compute from them, shown to the employee and the appraiser.
 */
package id.kinerja.platform.indicator;
