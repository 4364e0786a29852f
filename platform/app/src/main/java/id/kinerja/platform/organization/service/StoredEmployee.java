package id.kinerja.platform.organization.service;

import java.util.Objects;

/**
 * An employee's stored data, as the region has it or as the import makes it.
 *
 * @param supervisorNip the supervisor's NIP, for validation only (not compared)
 */
record StoredEmployee(
    long id,
    long version,
    String name,
    String position,
    String kind,
    String type,
    String email,
    long unitId,
    Long supervisorId,
    String supervisorNip) {

  /** Whether writing {@code other} over this would change nothing. */
  boolean sameData(StoredEmployee other) {
    return name.equals(other.name)
        && position.equals(other.position)
        && kind.equals(other.kind)
        && type.equals(other.type)
        && Objects.equals(email, other.email)
        && unitId == other.unitId
        && Objects.equals(supervisorId, other.supervisorId);
  }
}
