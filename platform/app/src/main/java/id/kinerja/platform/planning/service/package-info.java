/**
 * The SKP workflow of the current region for the request's actor: drafting ({@link
 * id.kinerja.platform.planning.service.PlanDrafting}), review by the pejabat penilai ({@link
 * id.kinerja.platform.planning.service.PlanReview}) and reading ({@link
 * id.kinerja.platform.planning.service.PlanReading}), over the repository {@link
 * id.kinerja.platform.planning.service.PerformancePlans}.
 */
package id.kinerja.platform.planning.service;
