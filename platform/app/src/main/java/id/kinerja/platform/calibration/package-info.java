/**
 * Calibration (kalibrasi): per unit and period, the unit's result from its head's rating, where the
 * unit's predikat break the distribution curve, the written justification of a breach that the
 * period lock requires, and appraisers whose ratings are far from the region's norm. It shows; it
 * never changes a rating.
 */
package id.kinerja.platform.calibration;
