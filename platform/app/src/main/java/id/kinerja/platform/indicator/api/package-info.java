/** REST resources for sending indicator data feeds and reading the computed realisations. */
package id.kinerja.platform.indicator.api;
