/**
 * Periodic ratings, their publication and objections, and the yearly evaluation with credit points
 * of the current region, with the caller's NIP passed in explicitly.
 */
package id.kinerja.platform.evaluation.service;
