/**
 * Penilaian kinerja: how an employee's performance is rated, periodically and yearly, how the
 * ratings become a predikat, how a unit's predikat are held against its distribution curve, and the
 * credit points a predikat earns in a functional position.
 */
package id.kinerja.platform.evaluation;
