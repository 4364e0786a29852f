package id.kinerja.platform.planning.domain;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.shared.domain.RuleViolation;

/**
 * The workflow and permission rules of a {@link PerformancePlan}: who may act on it (its employee,
 * its pejabat penilai, its readers) and in which status each step is allowed. The plan, the
 * aggregate root, calls them; who may act is checked before the status is looked at.
 */
final class PlanWorkflow {

  private PlanWorkflow() {}

  /** Refuses anybody but the plan's own employee, who alone submits it. */
  static void requireSubmitter(PerformancePlan plan, Employee by) {
    if (!Employee.same(by, plan.getEmployee())) {
      throw forbidden(
          "Hanya pegawai pemilik SKP yang dapat mengajukannya.",
          "Only the plan's own employee may submit it.");
    }
  }

  /** Refuses anybody but the plan's own employee, who alone revises it. */
  static void requireReviser(PerformancePlan plan, Employee by) {
    if (!Employee.same(by, plan.getEmployee())) {
      throw forbidden(
          "Hanya pegawai pemilik SKP yang dapat merevisinya.",
          "Only the plan's own employee may revise it.");
    }
  }

  /** Refuses anybody but the plan's pejabat penilai. */
  static void requireAppraiser(PerformancePlan plan, Employee by, boolean byAdmin) {
    if (!plan.isAppraisedBy(by, byAdmin)) {
      throw forbidden(
          "Hanya pejabat penilai langsung pegawai yang dapat melakukan ini.",
          "Only the employee's direct appraiser (supervisor) may do this.");
    }
  }

  /** Refuses a plan that is neither DRAFT nor RETURNED. */
  static void requireEditable(PlanStatus status) {
    if (!status.isEditable()) {
      throw state(
          status == PlanStatus.SUBMITTED
              ? "SKP sedang menunggu persetujuan dan tidak dapat diubah."
              : "SKP yang sudah disetujui tidak dapat diubah; buat revisi.",
          status == PlanStatus.SUBMITTED
              ? "The plan is awaiting approval and cannot be changed."
              : "An approved plan cannot be changed; create a revision.");
    }
  }

  /** Refuses a plan that is not SUBMITTED, for approving or returning it. */
  static void requireSubmitted(PlanStatus status) {
    if (status != PlanStatus.SUBMITTED) {
      throw state(
          "Hanya SKP yang sudah diajukan yang dapat disetujui atau dikembalikan.",
          "Only a submitted plan can be approved or returned.");
    }
  }

  /** Refuses an APPROVED or SUPERSEDED plan, for setting special expectations. */
  static void requireNotApproved(PlanStatus status) {
    if (status == PlanStatus.APPROVED || status == PlanStatus.SUPERSEDED) {
      throw state(
          "SKP yang sudah disetujui tidak dapat diubah; buat revisi.",
          "An approved plan cannot be changed; create a revision.");
    }
  }

  /** Refuses a plan that is not the APPROVED one in force, for revising it. */
  static void requireRevisable(PlanStatus status) {
    if (status != PlanStatus.APPROVED) {
      throw state(
          "Hanya SKP yang berlaku (disetujui) yang dapat direvisi.",
          "Only the approved plan in force can be revised.");
    }
  }

  /** Refuses anybody but the plan's own employee, who alone edits it. */
  static void requireOwner(PerformancePlan plan, Employee person) {
    if (!Employee.same(person, plan.getEmployee())) {
      throw notYours();
    }
  }

  /** Refuses anybody who may not read the plan ({@link PerformancePlan#isReadableBy}). */
  static void requireReader(PerformancePlan plan, Employee person, boolean personIsAdmin) {
    if (!plan.isReadableBy(person, personIsAdmin)) {
      throw notYours();
    }
  }

  private static RuleViolation notYours() {
    return forbidden(
        "Anda tidak berwenang atas SKP ini.", "You are not allowed to act on this plan.");
  }

  private static RuleViolation state(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.CONFLICT, id, en);
  }

  private static RuleViolation forbidden(String id, String en) {
    return new RuleViolation(RuleViolation.Kind.FORBIDDEN, id, en);
  }
}
