/**
 * Periodic ratings, their publication and objections, and the yearly evaluation with credit points
 * of the current region, one service per role (appraiser, employee, atasan, readers), all for the
 * request's {@link id.kinerja.platform.security.service.Actor}; {@link
 * id.kinerja.platform.evaluation.service.Ratings} holds the ratings' queries.
 */
package id.kinerja.platform.evaluation.service;
