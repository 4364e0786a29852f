/**
 * {@code /api/v1/ratings}: periodic ratings for the appraiser, the employee's published ratings and
 * objections, decisions for the atasan, and the yearly evaluation with credit points.
 */
package id.kinerja.platform.evaluation.api;
