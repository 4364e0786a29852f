/**
 * Realisations (pelaksanaan): per evaluation period the employee records the achieved value of each
 * IKI of the approved plan in force with evidence (bukti dukung: a checked file or a link), and the
 * pejabat penilai gives continuous feedback (umpan balik berkelanjutan) on each.
 */
package id.kinerja.platform.realisation;
