/**
 * Citizen feedback: the nine elements of the citizen-satisfaction survey (Survei Kepuasan
 * Masyarakat, PermenPANRB 14/2017) asked of the public about a service unit and its employees.
 */
package id.kinerja.plugins.citizen;
