package id.kinerja.tenantconfig;

import java.util.Optional;

/**
 * An employee of the demo data ({@code demo/employees.csv}: nip, name, position, position_kind,
 * unit_code, supervisor_nip, employment_type, email).
 *
 * @param nip the 18-digit NIP
 * @param name the full name with titles
 * @param position the position (jabatan), for example {@code Kepala Dinas Kesehatan}
 * @param positionKind JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL
 * @param unitCode the unit the employee works in
 * @param supervisorNip the direct supervisor (pejabat penilai), empty for the top of the tree
 * @param employmentType PNS or PPPK
 * @param email the work e-mail address
 */
public record DemoEmployee(
    String nip,
    String name,
    String position,
    String positionKind,
    String unitCode,
    Optional<String> supervisorNip,
    String employmentType,
    String email) {}
