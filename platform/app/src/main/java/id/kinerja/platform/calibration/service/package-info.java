/**
 * Calibration of the current region's periods: unit curves, justifications, outliers, lock veto.
 */
package id.kinerja.platform.calibration.service;
