package id.kinerja.platform.evaluation.service;

/**
 * CDI event fired when an employee objects to a rating.
 *
 * @param region the region's code
 * @param objectionId the objection
 * @param ratingId the rating objected to
 * @param employeeNip the objecting employee
 * @param deciderNip the atasan pejabat penilai who is to decide; null when the region's admin
 *     decides
 */
public record ObjectionFiled(
    String region, long objectionId, long ratingId, String employeeNip, String deciderNip) {}
