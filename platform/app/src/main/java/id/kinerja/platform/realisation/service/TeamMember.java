package id.kinerja.platform.realisation.service;

/**
 * A direct report of the pejabat penilai.
 *
 * @param employeeId the employee's id, for {@link RealisationService#forEmployeePeriod}
 * @param nip the employee's NIP
 * @param name the employee's name
 * @param position the employee's position
 */
public record TeamMember(long employeeId, String nip, String name, String position) {}
