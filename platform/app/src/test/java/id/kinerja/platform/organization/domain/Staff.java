package id.kinerja.platform.organization.domain;

/** Employees for plain domain tests: a reporting line built in memory, without a database. */
public final class Staff {

  private Staff() {}

  /** An employee named {@code name} in {@code unit}, reporting to {@code supervisor} (or none). */
  public static Employee employee(String nip, String name, Employee supervisor, OrgUnit unit) {
    Employee e =
        new Employee(
            new Nip(nip), name, "Jabatan", PositionKind.PELAKSANA, EmploymentType.PNS, null, unit);
    e.setSupervisor(supervisor);
    return e;
  }

  /** An employee named after their NIP. */
  public static Employee employee(String nip, Employee supervisor, OrgUnit unit) {
    return employee(nip, "E" + nip, supervisor, unit);
  }
}
