/** The employee's realisation view and the pejabat penilai's view of the team's realisations. */
package id.kinerja.platform.realisation.ui;
