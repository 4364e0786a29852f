package id.kinerja.platform.development.service;

import java.util.List;

/**
 * The recommended development activities of one employee's period.
 *
 * @param employeeId the employee
 * @param employeeNip their NIP
 * @param periodId the period
 * @param rated whether the period has a published rating; without one nothing is recommended
 * @param entries the recommendations, each activity once, in the order the rules gave them
 * @param failures the plugins that failed, each with its message
 */
public record Recommendations(
    long employeeId,
    String employeeNip,
    long periodId,
    boolean rated,
    List<Recommendation> entries,
    List<PluginNote> failures) {}
