package id.kinerja.platform.shell.api;

/**
 * The body of every error the API answers: a code and a message in Bahasa Indonesia and English.
 *
 * @param error a stable code, for example {@code forbidden}
 * @param message the message, Indonesian first, then English
 */
public record ApiError(String error, String message) {}
