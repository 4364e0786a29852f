/** REST resources for the region's periods. */
package id.kinerja.platform.period.api;
