package id.kinerja.platform.evaluation.service;

import id.kinerja.platform.evaluation.domain.ObjectionStatus;

/**
 * CDI event fired when an objection is decided.
 *
 * @param region the region's code
 * @param objectionId the objection
 * @param ratingId the rating objected to
 * @param employeeNip the objecting employee
 * @param outcome REJECTED or GRANTED
 */
public record ObjectionDecided(
    String region, long objectionId, long ratingId, String employeeNip, ObjectionStatus outcome) {}
