/** {@code /api/v1/calibration}: unit curves, justifications and outlier appraisers per period. */
package id.kinerja.platform.calibration.api;
