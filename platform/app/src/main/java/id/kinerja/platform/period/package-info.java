/**
 * Evaluation periods of a region: the performance year and its monthly or quarterly periods, with
 * deadlines in the region's time zone, opened and locked by the pengelola kinerja.
 */
package id.kinerja.platform.period;
