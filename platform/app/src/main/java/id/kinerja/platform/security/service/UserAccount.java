package id.kinerja.platform.security.service;

/**
 * An employee as the identity provider should know them.
 *
 * @param nip the NIP, the user name they log in with
 * @param fullName the full name as the organisation data has it (degrees included)
 * @param email the e-mail address; {@code null} when unknown (the import file has no such column),
 *     empty when the file leaves it blank
 */
public record UserAccount(String nip, String fullName, String email) {}
