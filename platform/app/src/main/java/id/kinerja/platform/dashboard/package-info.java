/**
 * Dashboards: for the pengelola kinerja, SKP completion and predikat distribution per unit; for the
 * pejabat penilai, the team's progress; for the employee, their own history. Read-only figures
 * computed from the other features' records.
 */
package id.kinerja.platform.dashboard;
