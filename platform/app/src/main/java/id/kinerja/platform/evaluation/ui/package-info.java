/**
 * The rating views: the appraiser's penilaian of their team, the employee's published ratings with
 * objections, and the atasan's decisions on objections.
 */
package id.kinerja.platform.evaluation.ui;
