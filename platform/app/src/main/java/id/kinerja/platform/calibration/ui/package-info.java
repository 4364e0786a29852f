/** The calibration view: unit curves, breaches, justifications and outlier appraisers. */
package id.kinerja.platform.calibration.ui;
