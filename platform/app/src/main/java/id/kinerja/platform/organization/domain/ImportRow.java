package id.kinerja.platform.organization.domain;

import java.util.List;

/**
 * One data row of an organisation import file, its cells trimmed. A field is {@code null} when the
 * file has no such column (the import then keeps what the region has), empty when the cell is.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1)
 * @param cells the row's cells as written, for the error report
 * @param nip the employee's NIP, without spaces
 * @param name the full name
 * @param position the position (jabatan)
 * @param positionKind the kind of position as written
 * @param unit the unit kerja's name
 * @param supervisorNip the pejabat penilai's NIP, empty for none, {@code null} without the column
 * @param status PNS or PPPK as written
 * @param email the e-mail address, empty for none, {@code null} without the column
 */
public record ImportRow(
    int row,
    List<String> cells,
    String nip,
    String name,
    String position,
    String positionKind,
    String unit,
    String supervisorNip,
    String status,
    String email) {

  /** The parsed kind of position. Only call on a row without problems. */
  public PositionKind parsedPositionKind() {
    return OrganizationCsv.positionKind(positionKind).orElseThrow();
  }

  /** The parsed employment type. Only call on a row without problems. */
  public EmploymentType parsedStatus() {
    return OrganizationCsv.employmentType(status).orElseThrow();
  }
}
