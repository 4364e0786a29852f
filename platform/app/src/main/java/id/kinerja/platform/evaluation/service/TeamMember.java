package id.kinerja.platform.evaluation.service;

/**
 * An employee the caller rates, with their rating of the period if given.
 *
 * @param employeeId the employee's id
 * @param nip their NIP
 * @param name their name
 * @param positionName their position
 * @param planInForce whether they have an approved SKP in force for the period's year (required for
 *     a rating)
 * @param rating their rating of the period, draft or published; null if not yet rated
 */
public record TeamMember(
    long employeeId,
    String nip,
    String name,
    String positionName,
    boolean planInForce,
    RatingView rating) {}
