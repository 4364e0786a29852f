/** The admin's view of the region's periods. */
package id.kinerja.platform.period.ui;
