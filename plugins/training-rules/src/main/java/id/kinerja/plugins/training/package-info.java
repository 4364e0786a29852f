/**
 * Training rules: coaching for a weak predikat, advanced training for strong results, and a
 * region-chosen activity for each core value with a weak 360 score.
 */
package id.kinerja.plugins.training;
