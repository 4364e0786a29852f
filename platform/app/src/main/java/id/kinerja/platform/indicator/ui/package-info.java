/** The admin's feed upload and the computed plugin indicators beside ratings and realisations. */
package id.kinerja.platform.indicator.ui;
