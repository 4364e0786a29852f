/**
 * SKP planning (perencanaan): the employee's yearly performance plan with its planned results (RHK)
 * cascading from the supervisor's, indicators (IKI) with targets per period and the appraiser's
 * special expectations; submitted, then approved or returned by the pejabat penilai. Approved plans
 * are versioned, never edited in place.
 */
package id.kinerja.platform.planning;
