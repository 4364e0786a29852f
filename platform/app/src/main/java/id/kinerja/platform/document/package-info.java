/**
 * Official documents and reports: the SKP and the evaluation of an employee's performance (periodic
 * and yearly) as PDF in the layout of PermenPANRB 6/2022, rendered from XHTML templates filled from
 * the planning, realisation and evaluation features, and a period's results as CSV.
 */
package id.kinerja.platform.document;
