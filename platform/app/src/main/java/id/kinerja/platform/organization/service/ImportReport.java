package id.kinerja.platform.organization.service;

import id.kinerja.platform.organization.domain.ImportProblem;
import id.kinerja.platform.security.service.AccountOutcome;
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
 * @param accounts what happened to the Keycloak user of every imported employee (created, updated,
 *     unchanged or failed with a reason); empty when nothing was imported or provisioning runs in
 *     the background
 * @param accountsPending how many Keycloak users are being provisioned in the background (a large
 *     import: its outcome goes to the server log); 0 when {@code accounts} tells
 */
public record ImportReport(
    int created,
    int updated,
    int unchanged,
    int rejected,
    int unitsCreated,
    List<ImportProblem> problems,
    String errorReport,
    List<AccountOutcome> accounts,
    int accountsPending) {

  /** A report without Keycloak outcomes (yet). */
  public ImportReport(
      int created,
      int updated,
      int unchanged,
      int rejected,
      int unitsCreated,
      List<ImportProblem> problems,
      String errorReport) {
    this(created, updated, unchanged, rejected, unitsCreated, problems, errorReport, List.of(), 0);
  }

  /** This report with the Keycloak outcomes. */
  public ImportReport withAccounts(List<AccountOutcome> outcomes) {
    return new ImportReport(
        created,
        updated,
        unchanged,
        rejected,
        unitsCreated,
        problems,
        errorReport,
        List.copyOf(outcomes),
        0);
  }

  /** This report with {@code count} Keycloak users being provisioned in the background. */
  public ImportReport withAccountsPending(int count) {
    return new ImportReport(
        created,
        updated,
        unchanged,
        rejected,
        unitsCreated,
        problems,
        errorReport,
        List.of(),
        count);
  }

  /** How many Keycloak users have this status. */
  public long accounts(AccountOutcome.Status status) {
    return accounts.stream().filter(a -> a.status() == status).count();
  }

  /** The Keycloak users provisioning failed for. */
  public List<AccountOutcome> failedAccounts() {
    return accounts.stream().filter(AccountOutcome::failed).toList();
  }

  /** The NIPs of users created without a password: the admin sets one in Keycloak. */
  public List<String> withoutPassword() {
    return accounts.stream()
        .filter(AccountOutcome::withoutPassword)
        .map(AccountOutcome::nip)
        .toList();
  }

  /** Whether the file as a whole was refused, so nothing was imported. */
  public boolean fileRefused() {
    return problems.stream().anyMatch(ImportProblem::fileLevel);
  }

  /** How many rows were imported: created, updated or unchanged. */
  public int imported() {
    return created + updated + unchanged;
  }
}
