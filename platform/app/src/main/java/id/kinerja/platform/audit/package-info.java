/**
 * The audit trail: every change to a region's plans, realisations, ratings, decisions and periods
 * recorded append-only (who, when, before, after) in a per-region SHA-256 hash chain, and the
 * verification that finds the first changed, deleted or reordered event.
 */
package id.kinerja.platform.audit;
