package id.kinerja.platform.security.service;

/**
 * What provisioning did to one employee's Keycloak user.
 *
 * @param nip the employee's NIP
 * @param status created, updated, unchanged or failed
 * @param withoutPassword a created user without an initial password: they cannot log in until the
 *     admin sets one (Keycloak's "reset password")
 * @param reason why it failed (English, for the admin and the log), empty otherwise
 */
public record AccountOutcome(String nip, Status status, boolean withoutPassword, String reason) {

  /** The possible outcomes. */
  public enum Status {
    /** A new user. */
    CREATED,
    /** An existing user whose e-mail, name or NIP attribute changed. */
    UPDATED,
    /** An existing user as the import describes them. */
    UNCHANGED,
    /** Keycloak refused or did not answer; the organisation data was imported regardless. */
    FAILED
  }

  static AccountOutcome created(String nip, boolean withoutPassword) {
    return new AccountOutcome(nip, Status.CREATED, withoutPassword, "");
  }

  static AccountOutcome of(String nip, Status status) {
    return new AccountOutcome(nip, status, false, "");
  }

  static AccountOutcome failed(String nip, String reason) {
    return new AccountOutcome(nip, Status.FAILED, false, reason);
  }

  /** Whether provisioning failed for this employee. */
  public boolean failed() {
    return status == Status.FAILED;
  }
}
