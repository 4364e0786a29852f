package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.ImportProblem;
import java.util.List;

/**
 * What an organisation import did.
 *
 * @param created employees added
 * @param updated employees whose data or supervisor changed
 * @param unchanged employees the file describes exactly as they were
 * @param rejected rows refused (all rows when the file itself is refused)
 * @param unitsCreated units kerja added under the region's root unit
 * @param problems every problem, by row (row 0: the whole file)
 * @param errorReport the refused rows as CSV with {@code kesalahan} and {@code error} columns, or
 *     empty when nothing was refused
 */
public record ImportReport(
    int created,
    int updated,
    int unchanged,
    int rejected,
    int unitsCreated,
    List<ImportProblem> problems,
    String errorReport) {

  /** Whether the file as a whole was refused, so nothing was imported. */
  public boolean fileRefused() {
    return problems.stream().anyMatch(ImportProblem::fileLevel);
  }

  /** How many rows were imported: created, updated or unchanged. */
  public int imported() {
    return created + updated + unchanged;
  }
}
