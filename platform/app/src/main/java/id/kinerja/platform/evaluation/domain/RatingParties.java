package id.kinerja.platform.evaluation.domain;

import id.kinerja.platform.organization.domain.Employee;
import java.util.Optional;

/**
 * Who may do what to a period rating, from the two people it is between: the rated employee and the
 * appraiser who gave it. These rules are asked before the rating's state, so a refusal leaks
 * nothing; {@link PeriodRating} answers them through this class.
 *
 * @param employee the rated employee
 * @param appraiser who gave the rating
 */
record RatingParties(Employee employee, Employee appraiser) {

  /**
   * Whether {@code person} may read the rating: the admin, the employee's readers (the employee,
   * the pejabat penilai, the atasan pejabat penilai) and whoever gave it. The employee sees it only
   * once published; that is the rating's state, asked after this rule.
   */
  boolean isReadableBy(Employee person, boolean personIsAdmin) {
    return personIsAdmin || employee.isReadableBy(person) || Employee.same(person, appraiser);
  }

  /** Whether {@code person} may change the draft or publish it: the employee's pejabat penilai. */
  boolean mayBePublishedBy(Employee person, boolean personIsAdmin) {
    return employee.isAppraisedBy(person, personIsAdmin);
  }

  /** Whether {@code person} may object to the rating: only its employee. */
  boolean mayBeObjectedToBy(Employee person) {
    return Employee.same(person, employee);
  }

  /**
   * Who decides an objection: the atasan pejabat penilai; empty when the region's pengelola kinerja
   * decides (the head of the tree, or an appraiser without a supervisor).
   */
  Optional<Employee> decider() {
    return employee.appraisersSupervisor();
  }

  /**
   * Whether {@code person} decides objections: the atasan pejabat penilai, or the admin where there
   * is none; never the rating's employee or appraiser.
   */
  boolean mayBeDecidedBy(Employee person, boolean personIsAdmin) {
    if (Employee.same(person, employee) || Employee.same(person, appraiser)) {
      return false;
    }
    return decider().map(d -> Employee.same(person, d)).orElse(personIsAdmin);
  }
}
