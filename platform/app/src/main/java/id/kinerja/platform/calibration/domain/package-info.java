/** The calibration rules as pure code: unit curve checks and outlier appraisers. */
package id.kinerja.platform.calibration.domain;
