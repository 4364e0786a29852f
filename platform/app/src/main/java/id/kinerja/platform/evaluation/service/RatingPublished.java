package id.kinerja.platform.evaluation.service;

/**
 * CDI event fired when a rating becomes visible to its employee (observers may notify them).
 *
 * @param region the region's code
 * @param ratingId the rating
 * @param employeeNip the rated employee
 */
public record RatingPublished(String region, long ratingId, String employeeNip) {}
