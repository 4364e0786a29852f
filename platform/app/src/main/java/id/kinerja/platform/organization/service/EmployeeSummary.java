package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.PositionKind;

/**
 * What views and the API show of an employee.
 *
 * @param id the employee's id
 * @param nip the NIP
 * @param name the full name
 * @param position the position (jabatan)
 * @param positionKind the kind of position
 * @param employmentType PNS or PPPK
 * @param unitName the unit kerja
 * @param appraiserNip the pejabat penilai's NIP, or {@code null} at the top
 * @param appraiserName the pejabat penilai's name, or {@code null} at the top
 * @param version the employee's version, for optimistic locking of changes
 */
public record EmployeeSummary(
    long id,
    String nip,
    String name,
    String position,
    PositionKind positionKind,
    EmploymentType employmentType,
    String unitName,
    String appraiserNip,
    String appraiserName,
    long version) {

  /**
   * The JPQL constructor expression selecting this from {@code Employee e}, {@code s}, {@code u}.
   */
  static final String SELECT =
      "select new id.kinerja.platform.organization.service.EmployeeSummary(e.id, e.nip, e.name,"
          + " e.positionName, e.positionKind, e.employmentType, u.name, s.nip, s.name,"
          + " e.version)"
          + " from Employee e join e.unit u left join e.supervisor s";
}
